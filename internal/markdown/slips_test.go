package markdown

import (
	"strconv"
	"strings"
	"testing"
)

// TestSlips: the slips that would lose key points without a word are
// warned of, and an empty key point is left out.
func TestSlips(t *testing.T) {
	c := New("技能描述", "牢记要点")
	for _, tc := range []struct {
		src, want string
		items     int
	}{
		{"##牢记要点\n\n- 微笑\n", `0 "##牢记要点" is not a heading: Markdown needs a space after the ## | write ` + "`## 牢记要点`", 0},
		{"#1 号窗口\n", "", 0}, // #s and a digit: no heading meant
		{"## 牢记要點\n\n- 微笑\n", `3 heading "牢记要點" is not "牢记要点": its list is not the page's key points | write ` + "`## 牢记要点`, exactly", 0},
		{"## 牢记要点：\n\n- 微笑\n", `3 heading "牢记要点：" is not "牢记要点": its list is not the page's key points | write ` + "`## 牢记要点`, exactly", 0},
		{"## 牢记要点的来历\n\n- 微笑\n", "", 0}, // another heading that holds it
		{"### 牢记要点\n\n- 微笑\n", `4 heading "牢记要点" is of level 3: the key points are read from a level-2 heading | write ` + "`## 牢记要点` (two #s)", 0},
		{"## 牢记要点\n\n- 微笑\n-\n- 问候\n", "26 key point 2 is empty: it is left out | write the key point after `- `, or delete the line", 2},
		{"## 牢记要点\n\n-\n  - 子项\n- 甲\n", "", 2},  // a list in a key point: not empty
		{"## 牢记要点\n\n- <b>甲</b>\n- 甲\n", "", 2}, // alike as text, not as written
		{"## 牢记要点\n\n- 微笑\n- 微笑\n", `28 key point "微笑" is listed twice | delete one of them: trainees tick and count each`, 2},
	} {
		doc, issues := c.Parse([]byte(tc.src))
		var got []string
		for _, is := range issues {
			if !is.Warning {
				t.Errorf("%q: an error: %s", tc.src, is.Message)
			}
			got = append(got, strings.Join([]string{strconv.Itoa(is.Offset), is.Message, "|", is.Hint}, " "))
		}
		if strings.Join(got, "\n") != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.src, strings.Join(got, "\n"), tc.want)
		}
		n := 0
		if doc.KeyPoints != nil {
			n = len(doc.KeyPoints.Items)
		}
		if n != tc.items {
			t.Errorf("%q: %d key points, want %d", tc.src, n, tc.items)
		}
	}
}

// TestMissingKeyPoints: a skill point whose list is under a heading of
// another name is warned of at that heading; one without a list is not
// (a skill point may have no key points), nor is another kind of page.
func TestMissingKeyPoints(t *testing.T) {
	c := New("技能描述", "牢记要点")
	for _, tc := range []struct {
		src   string
		skill bool
		want  string
	}{
		{"## 技能描述\n\n正文\n\n## 步骤\n\n1. 甲\n\n## 重点要点\n\n- 微笑\n", true,
			`47 no "牢记要点" section: this skill point has no key points for trainees to tick, drill and review | if the list under "重点要点" holds the key points, name its heading ` + "`## 牢记要点`"},
		{"## 重点要点\n\n- 微笑\n", false, ""},
		{"## 技能描述\n\n正文\n", true, ""},
		{"##牢记要点\n\n- 微笑\n", true, `0 "##牢记要点" is not a heading: Markdown needs a space after the ## | write ` + "`## 牢记要点`"},
	} {
		_, issues := c.ParsePage([]byte(tc.src), "", tc.skill)
		var got []string
		for _, is := range issues {
			got = append(got, strings.Join([]string{strconv.Itoa(is.Offset), is.Message, "|", is.Hint}, " "))
		}
		if strings.Join(got, "\n") != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.src, strings.Join(got, "\n"), tc.want)
		}
	}
}
