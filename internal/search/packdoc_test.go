package search

import (
	"encoding/json"
	"testing"
	"unicode/utf16"
)

// TestPackDocAsJSON: a document's list in its pack is what encoding/json
// made of it as a list of any (its anchors by MarshalJSON), byte for byte,
// with text that json escapes, no anchors, and lines the text lacks.
func TestPackDocAsJSON(t *testing.T) {
	for _, d := range []Doc{
		{URL: "/a/", Title: "客户 <b> & \"引号\"", Kind: "skill", Course: "c1", Text: "第一行\n第二行\u2028\t\\ \x00 \xff end",
			Anchors: []Anchor{{"h-1", 0}, {"<x>", 12}}, fields: []string{"", "要点一\n不在文中", "标签", "第一行"}},
		{URL: "/b/", Title: "无锚", Kind: "article", Text: "文字", Anchors: []Anchor{}},
		{URL: "/c/", Title: "空", Kind: "course"},
	} {
		common := string(utf16.Decode([]uint16{0x4001, 0x8002, 0x4003}))
		fields := []any{d.URL, d.Title, d.Kind, d.Course, d.Text, d.Anchors, common}
		if x := missingText(d); x != "" {
			fields = append(fields, x)
		}
		want, err := json.Marshal(fields)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendPackDoc(nil, d, common); string(got) != string(want) {
			t.Errorf("%s:\n got %s\nwant %s", d.URL, got, want)
		}
	}
}
