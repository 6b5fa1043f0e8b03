package markdown

import (
	"strings"
	"testing"
)

func TestHeadingIDsKeepChineseAndAreUnique(t *testing.T) {
	doc, _ := New("技能描述", "牢记要点").Parse([]byte("## 技能描述\n\n## 示例\n\n## 示例\n\n### Hello, World!\n"))
	var ids []string
	for _, h := range doc.Headings {
		ids = append(ids, h.ID)
	}
	if got, want := strings.Join(ids, " "), "技能描述 示例 示例-1 hello-world"; got != want {
		t.Errorf("ids = %q, want %q", got, want)
	}
}

func TestKeyPoints(t *testing.T) {
	src := "## 技能描述\n\n正文。\n\n## 牢记要点\n\n员工培训之前必须做到:\n\n1. 选聘具有潜质的员工\n2. 培训要有**明确**的目的\n\n## 之后\n"
	c := New("技能描述", "牢记要点")
	doc, issues := c.Parse([]byte(src))
	if len(issues) > 0 {
		t.Fatalf("issues: %v", issues)
	}
	kp := doc.KeyPoints
	if kp == nil || kp.Caption != "员工培训之前必须做到:" || !kp.Ordered || len(kp.Items) != 2 {
		t.Fatalf("key points = %+v", kp)
	}
	if kp.Items[1].Text != "培训要有明确的目的" {
		t.Errorf("item text = %q", kp.Items[1].Text)
	}
	if doc.Summary != "正文。" {
		t.Errorf("summary = %q", doc.Summary)
	}
	html, err := c.HTML(doc)
	if err != nil {
		t.Fatal(err)
	}
	want := `<li class="keypoint"><label><input type="checkbox" data-kp="` + kp.Items[1].ID + `"> <span>培训要有<strong>明确</strong>的目的</span></label></li>`
	if !strings.Contains(html, want) || !strings.Contains(html, `<section class="keypoints">`) {
		t.Errorf("rendered HTML lacks the checklist item %s:\n%s", want, html)
	}
	if again, _ := c.HTML(doc); again != html || doc.Root != nil {
		t.Error("a second call must return the kept HTML, the tree released")
	}
}

func TestKeyPointIDsSurviveNewItems(t *testing.T) {
	c := New("技能描述", "牢记要点")
	before, _ := c.Parse([]byte("## 牢记要点\n\n- 甲\n- 乙\n"))
	after, _ := c.Parse([]byte("## 牢记要点\n\n- 新的\n- 乙\n- 甲\n- 甲\n"))
	if before.KeyPoints.Items[0].ID != after.KeyPoints.Items[2].ID || before.KeyPoints.Items[1].ID != after.KeyPoints.Items[1].ID {
		t.Errorf("ids changed: %+v → %+v", before.KeyPoints.Items, after.KeyPoints.Items)
	}
	if after.KeyPoints.Items[2].ID == after.KeyPoints.Items[3].ID {
		t.Errorf("repeated items share the id %s", after.KeyPoints.Items[2].ID)
	}
}

func TestKeyPointsWithoutListIsAnIssue(t *testing.T) {
	src := "正文\n\n## 牢记要点\n\n只有说明。\n"
	_, issues := New("技能描述", "牢记要点").Parse([]byte(src))
	if len(issues) != 1 || src[issues[0].Offset:issues[0].Offset+len("牢记要点")] != "牢记要点" {
		t.Fatalf("issues = %+v", issues)
	}
}

func TestLinksCarryTheirOffsets(t *testing.T) {
	src := "前言 [甲](a.md) 和 ![图](b.png)\n"
	doc, _ := New("技能描述", "牢记要点").Parse([]byte(src))
	if len(doc.Links) != 2 {
		t.Fatalf("links = %d", len(doc.Links))
	}
	for i, want := range []string{"[甲](a.md)", "![图](b.png)"} {
		if got := src[doc.Links[i].Offset:]; !strings.HasPrefix(got, want) && !strings.HasPrefix("!"+got, want) {
			t.Errorf("link %d at %q, want %q", i, got, want)
		}
	}
}

// TestTextReadsAsShown: the text search indexes and quotes is what the
// page shows: escapes and entities resolved, code spans as written.
func TestTextReadsAsShown(t *testing.T) {
	doc, _ := New("技能描述", "牢记要点").Parse([]byte("3\\.指导 a\\*b `c\\*d` &amp; &#x4e2d;\n"))
	if want := "3.指导 a*b c\\*d & 中\n"; doc.Text != want {
		t.Errorf("text %q, want %q", doc.Text, want)
	}
}

func TestRepeatedTitleIsShownOnce(t *testing.T) {
	c := New("技能描述", "牢记要点")
	for _, tc := range []struct{ body, title, want string }{
		{"# 如何培养员工\n\n## 技能描述\n\n正文。\n", "如何培养员工", "<h2 id=\"技能描述\">技能描述</h2>\n<p>正文。</p>\n"},
		{"#  如何**培养**员工 \n\n正文。\n", "如何培养员工", "<p>正文。</p>\n"},
		{"# 第一部分\n\n正文。\n", "如何培养员工", "<h1 id=\"第一部分\">第一部分</h1>\n<p>正文。</p>\n"},
		{"正文。\n\n# 如何培养员工\n", "如何培养员工", "<p>正文。</p>\n<h1 id=\"如何培养员工\">如何培养员工</h1>\n"},
		{"## 如何培养员工\n", "如何培养员工", "<h2 id=\"如何培养员工\">如何培养员工</h2>\n"},
	} {
		doc, _ := c.ParsePage([]byte(tc.body), tc.title, false)
		if shown := strings.Contains(tc.want, "如何培养员工"); shown != strings.Contains(doc.Text, "如何培养员工") {
			t.Errorf("%q titled %q: text %q (the title in it: want %v)", tc.body, tc.title, doc.Text, shown)
		}
		html, err := c.HTML(doc)
		if err != nil {
			t.Fatal(err)
		}
		if html != tc.want {
			t.Errorf("%q titled %q:\n got %q\nwant %q", tc.body, tc.title, html, tc.want)
		}
	}
}

// TestKeyPointsTypedAsChineseNumbers: key points numbered 1、 (as Chinese
// text numbers them) are no Markdown list; the issue is at the first of
// them and says how to write one.
func TestKeyPointsTypedAsChineseNumbers(t *testing.T) {
	for _, first := range []string{"1、培养语言表达能力", "（1）培养语言表达能力", "①培养语言表达能力", "一、培养语言表达能力"} {
		src := "正文\n\n## 牢记要点\n\n员工要做到:\n" + first + "\n2、提高服务技能\n"
		_, issues := New("技能描述", "牢记要点").Parse([]byte(src))
		number := typedNumber.FindString(first)
		want := "\"" + number + "\" does not start a list item in Markdown: write `1. 要点` (a full stop and a space) or `- 要点`, a key point to a line"
		if len(issues) != 1 || !strings.HasPrefix(src[issues[0].Offset:], first) || issues[0].Hint != want {
			t.Errorf("%s: issues = %+v", first, issues)
		}
	}
}
