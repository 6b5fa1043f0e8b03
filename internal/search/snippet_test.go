package search

import (
	"strings"
	"testing"
)

func TestSnippet(t *testing.T) {
	text := "技能描述\n员工要懂得尊重客户，部门之间要沟通。\n牢记要点\n尊重客户的权利\n"
	for _, c := range []struct {
		query, want string
		first       int
	}{
		// the whole key point, not the first place its words occur; the
		// snippet starts where a clause does, not at 得 of 懂得
		{"尊重客户的权利", "…部门之间要沟通。 牢记要点 <mark>尊重客户的权利</mark>", 29},
		{"部门", "技能描述 员工要懂得尊重客户，<mark>部门</mark>之间要沟通。 牢记要点 尊重客户的权利", 15},
		{"不存在", "技能描述 员工要懂得尊重客户，部门之间要沟通。 牢记要点 尊重客户的权利", -1},
		{"<b>", "技能描述 员工要懂得尊重客户，部门之间要沟通。 牢记要点 尊重客户的权利", -1},
	} {
		got, first := Snippet(text, Analyze(c.query))
		if got != c.want || first != c.first {
			t.Errorf("Snippet(%q) = %q, %d\nwant %q, %d", c.query, got, first, c.want, c.first)
		}
	}
}

// TestSnippetRarestMatch: of matches as long, the snippet shows the one
// the page has fewest times (着装, once, not the first of many 员工), and
// starts after an ASCII comma as after a full-width one (the index's text
// is NFKC-folded).
func TestSnippetRarestMatch(t *testing.T) {
	text := "员工要懂得尊重客户。员工之间要沟通。对员工进行仪表礼仪培训,例如如何着装等等。"
	got, first := Snippet(text, Analyze("员工怎么着装"))
	if want := "…对<mark>员工</mark>进行仪表礼仪培训,例如如何<mark>着装</mark>等等。"; got != want || first != 34 {
		t.Errorf("Snippet = %q, %d; want %q, 34 (着装)", got, first, want)
	}
	got, _ = Snippet("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉甲乙丙丁戊,如何着装", Analyze("着装"))
	if want := "…如何<mark>着装</mark>"; got != want {
		t.Errorf("Snippet = %q, want %q (from the comma on)", got, want)
	}
}

// TestSnippetWholeWords checks that a snippet of Latin text starts and ends
// between words, the matches marked, and that Chinese text is still cut
// at its length.
func TestSnippetWholeWords(t *testing.T) {
	text := "Answer within three rings and greet the caller politely. Always give your name, then listen to the whole request before you reply to the customer in a calm voice."
	for _, c := range []struct{ query, want string }{
		{"customer", "…you reply to the <mark>customer</mark> in a calm voice."},
		{"listen", "…your name, then <mark>listen</mark> to the whole request before you reply to the customer in…"},
		{"answer", "<mark>Answer</mark> within three rings and greet the caller politely. Always give your name,…"},
	} {
		if got, _ := Snippet(text, Analyze(c.query)); got != c.want {
			t.Errorf("Snippet(%q) =\n%q\nwant\n%q", c.query, got, c.want)
		}
	}
	clause := "本课程介绍客户服务人员的各种培训方法与评估手段以及相关描述 客户服务培训的目的是提高员工素质"
	if got, _ := Snippet(clause, Analyze("客户服务培训")); got != "…<mark>客户服务培训</mark>的目的是提高员工素质" {
		t.Errorf("Snippet cut inside a clause: %q", got)
	}
	long := strings.Repeat("客户服务", 30)
	if got, _ := Snippet(long, nil); len([]rune(got)) != snippetLength+1 {
		t.Errorf("Chinese snippet of %d characters, want %d and …", len([]rune(got)), snippetLength)
	}
}
