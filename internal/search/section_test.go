package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSectionAt links a result to the heading that says what was asked
// rather than to the key points list that repeats it, unless the heading
// holds a mere word of the query, or less of it than the title; to the
// page's top when the title says it as well as the text.
func TestSectionAt(t *testing.T) {
	lines := []string{"## 技能描述", "为了和客户拉近距离，企业服务人员必须做到：", "## 记住客户的名字", "每次为客户服务时，称呼他们的名字。",
		"## 避免“过度服务”", "任何事情都有一个“度”。", "## 牢记要点", "记住客户名字", "避免过度服务"}
	doc := func(title string) Doc {
		d := Doc{URL: "p/", Title: title}
		at := 0
		for i, line := range lines {
			if text, ok := strings.CutPrefix(line, "## "); ok {
				d.Anchors = append(d.Anchors, Anchor{ID: string(rune('a' + i)), At: at})
				line = text
			}
			d.Text += line + "\n"
			at += utf8.RuneCountInString(line) + 1
		}
		return d
	}
	for _, c := range []struct{ title, query, want string }{
		{"如何架设联系客户的桥梁", "避免过度服务", "p/#e"}, // the heading, not the key point that holds it in one piece
		{"如何架设联系客户的桥梁", "记住客户名字", "p/#c"},
		{"如何架设联系客户的桥梁", "客户", "p/"},   // 记住客户的名字 is not about 客户 alone, the title says it: the top
		{"如何架设联系客户的桥梁", "火星", "p/"},   // nothing matches
		{"避免过度服务的方法", "避免过度服务", "p/"}, // the title says it as well as the key point: the page's top, not past the lesson
		{"如何接待", "避免过度服务", "p/#e"},    // a title without it: the heading
	} {
		marks := Analyze(c.query)
		_, first := Snippet(doc(c.title).Text, marks)
		if got := doc(c.title).Link(sectionAt(doc(c.title), marks, first)); got != c.want {
			t.Errorf("%s, %s: %s, want %s", c.title, c.query, got, c.want)
		}
	}
}
