package search

import (
	"slices"
	"testing"
)

// TestDropped names what the pages found leave out, looking at every field
// they are searched on: a key point or tag the text lacks holds its words
// too, and a single character of a Han run is held wherever a page has it
// (the search asks it so), while a longer stretch needs its pairs.
func TestDropped(t *testing.T) {
	lexicon := newLexicon([][]string{{"客服", "客户服务"}, {"SLA", "服务水平协议"}})
	page := func(text string, keyPoints, tags string) Doc {
		return Doc{Title: "架设联系客户的桥梁", Text: text, fields: []string{"", keyPoints, tags, "", text}}
	}
	for _, c := range []struct {
		query string
		doc   Doc
		want  []string
	}{
		{"记客户的名字", page("牢记要点\n记住客户名字", "", ""), []string{}}, // 记 is in 记住 and 牢记
		{"记客户的名字", page("客户的名字", "", ""), []string{"记"}},     // no 记 anywhere
		{"记客户的名字", page("培训", "记住客户名字", ""), []string{}},     // a key point the text lacks
		{"培训火星", page("培训，火热的星级服务", "", ""), []string{"火星"}}, // two characters need their pair
		{"客户 ISO", page("客户", "", "ISO"), []string{}},        // a tag
		{"客户 ISO", page("客户", "", ""), []string{"iso"}},      // lower-cased, as queries are
		{"怎么培训员工", page("培训员工", "", ""), []string{"怎么"}},     // the pages hold no pair of 怎么
		{"户客", page("客户", "", ""), []string{"户客"}},           // nor of 户客, though they hold both
		{"客户记", page("客户", "要点", "标签"), []string{"记"}},       // the title, key point and tag lack it too
		{"客服培训", page("客户服务培训", "", ""), []string{}},         // 客服 stands for 客户服务 (the site's synonyms, above)
		{"客服", page("客户服务", "", ""), []string{}},
		{"sla 火星", page("服务水平协议", "", ""), []string{"火星"}}, // a Latin word's synonym
		{"顾客满意", page("让客户满意", "", ""), []string{}},        // built in: 顾客 and 客户
		{"怎么培训员工", page("如何培训员工", "", ""), []string{}},     // 怎么 and 如何
		{"客服培训", page("服务培训", "", ""), []string{"客服"}},
	} {
		if got := Dropped(c.query, []Doc{c.doc}, lexicon); !slices.Equal(got, c.want) {
			t.Errorf("Dropped(%q) over %q = %q, want %q", c.query, c.doc.fields[1:], got, c.want)
		}
	}
}
