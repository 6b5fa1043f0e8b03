package yamldoc

import (
	"testing"
)

// TestLocalTag: a tag such as `!0` made the decoder panic (found by
// FuzzQuizYAML); it is one diagnostic at the tag now.
func TestLocalTag(t *testing.T) {
	var v struct {
		Title string   `yaml:"title"`
		Tags  []string `yaml:"tags"`
	}
	src := []byte("title: x\ntags: !0 \n")
	tree, diags := Doc{Path: "a.yaml", File: src, Text: src, FirstLine: 1}.Parse("front matter", nil)
	if tree == nil {
		t.Fatal(diags)
	}
	want := "a.yaml:2:7: error: unknown YAML tag !0\n    2 | tags: !0 \n      |       ^\n  hint: remove the tag: Skillbook's files need none\n"
	if got := tree.DecodeValues(&v, "front matter").String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestTabIndent: a tab where YAML wants spaces (a trainer's editor put it
// there) gets a hint that names the tab.
func TestTabIndent(t *testing.T) {
	src := []byte("title: x\n\ttags: [a]\n")
	_, diags := Doc{Path: "a.md", File: src, Text: src, FirstLine: 1}.Parse("front matter", nil)
	want := "a.md:2:1: error: invalid front matter: found character '\t' that cannot start any token\n    2 | \ttags: [a]\n      | ^\n  hint: YAML indents with spaces, never tabs: replace the tab in this line with spaces\n"
	if got := diags.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestUnclosedQuote: a value whose closing quote is missing is said so in
// words, with the line as it should be.
func TestUnclosedQuote(t *testing.T) {
	for src, want := range map[string]string{
		"title: \"1.3 如何培训\nweight: 2\n": "a.md:1:8: error: invalid front matter: this value opens a \" quote that does not close\n    1 | title: \"1.3 如何培训\n      |        ^\n  hint: end the text with \" on the same line: `title: \"1.3 如何培训\"`\n",
		"title: '如何培训\n":                 "a.md:1:8: error: invalid front matter: this value opens a ' quote that does not close\n    1 | title: '如何培训\n      |        ^\n  hint: end the text with ' on the same line: `title: '如何培训'`\n",
	} {
		_, diags := Doc{Path: "a.md", File: []byte(src), Text: []byte(src), FirstLine: 1}.Parse("front matter", nil)
		if got := diags.String(); got != want {
			t.Errorf("got\n%q\nwant\n%q", got, want)
		}
	}
}
