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
	tree, diags := Doc{Path: "a.yaml", File: src, Text: src, FirstLine: 1}.Parse("front matter")
	if tree == nil {
		t.Fatal(diags)
	}
	want := "a.yaml:2:7: error: unknown YAML tag !0\n    2 | tags: !0 \n      |       ^\n  hint: remove the tag: Skillbook's files need none\n"
	if got := tree.DecodeValues(&v, "front matter").String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
