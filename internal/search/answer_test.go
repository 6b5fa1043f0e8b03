package search

import (
	"context"
	"testing"
)

// TestHopeless checks the queries Ask answers without searching: runs of
// Han characters none of whose pairs a page has, which Search would find
// only by their characters one by one (a result Ask does not show).
func TestHopeless(t *testing.T) {
	ix := New(testDocs(60, "倾听顾客的声音"), testOptions)
	for _, c := range []struct {
		query string
		want  bool
	}{
		{"户客", true},          // pages have 客户, and 户 and 客, never 户客
		{"火星", true},          // nor 火 nor 星
		{"户客 火星", true},       // every run
		{"火星客户", false},       // pages have 客户
		{"火", false},          // a character alone: Search asks it in every term that holds it
		{"火星 ISO9001", false}, // a word of letters and digits
		{"职工", false},         // no page has 职工, but 员工 is in its synonym set
		{"", false},
	} {
		if got := ix.hopeless(c.query); got != c.want {
			t.Errorf("hopeless(%q) = %v, want %v", c.query, got, c.want)
		}
	}
	hits, err := ix.Search(context.Background(), "户客", 10)
	if err != nil || len(hits) != 0 {
		t.Fatalf("Search(户客) = %v, %v: want nothing: pages have its characters only one by one (pairGroup)", hits, err)
	}
	a, err := ix.Ask(context.Background(), "户客", 10)
	if err != nil || len(a.Results) != 0 || len(a.Suggestions) == 0 {
		t.Errorf("Ask(户客) = %+v, %v: want no result, suggestions", a, err)
	}
	if a, err := ix.Ask(context.Background(), "职工", 10); err != nil || len(a.Results) == 0 {
		t.Errorf("Ask(职工) = %+v, %v: want the pages of 员工", a, err)
	}
}
