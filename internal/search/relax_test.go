package search

import (
	"context"
	"slices"
	"testing"
)

// TestRelax checks that a query keeps the groups some page has all of,
// dropping those that match nothing, then the commonest first.
func TestRelax(t *testing.T) {
	ix := New(testDocs(300, "倾听顾客的声音"))
	for _, c := range []struct {
		query string
		want  []string // the first term of each group kept
	}{
		{"倾听顾客", []string{"倾听", "听顾", "顾客"}},
		{"倾听火星顾客", []string{"倾听", "顾客"}},       // 听火, 火星, 星顾 match nothing
		{"倾听顾客培训", []string{"倾听", "听顾", "顾客"}}, // no page has 客培 or 培训 beside them: the commoner go
		{"怎么倾听", []string{"倾听"}},               // 怎么, 么倾 match nothing
		{"火星", nil},
	} {
		var got []string
		for _, g := range ix.relax(ix.Terms(c.query)) {
			got = append(got, g[0])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("relax(%q) = %v, want %v", c.query, got, c.want)
		}
	}
	hits, err := ix.Search(context.Background(), "倾听火星顾客", 10)
	if err != nil || len(hits) != 1 || hits[0].URL != "p5/" {
		t.Errorf("Search: %v, %v; want p5/ alone", hits, err)
	}
}
