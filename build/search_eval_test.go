package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"skillbook/internal/search"
)

// TestSearchEvaluation asks the bundled course the evaluation set's
// queries (internal/search/testdata/eval-bundled.tsv: questions, other
// word orders, words left out or added, synonyms, pinyin slips, each with
// the pages that answer it) as `skillbook search` does, and holds
// success@3 — an answer among the first three results — to the budget of
// docs/search.md, overall and per class. Run with -v for the misses.
func TestSearchEvaluation(t *testing.T) {
	res := Build(Options{SiteDir: ".."})
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	b, err := os.ReadFile(filepath.Join("..", "internal", "search", "testdata", "eval-bundled.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	hits, total := map[string]int{}, map[string]int{}
	for line := range strings.Lines(string(b)) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if strings.HasPrefix(line, "#") || len(f) != 3 {
			continue
		}
		results, err := res.Search.Search(context.Background(), f[1], 3)
		if err != nil {
			t.Fatal(err)
		}
		total[f[0]]++
		total["all"]++
		if answered(results, strings.Fields(f[2])) {
			hits[f[0]]++
			hits["all"]++
		} else {
			var got []string
			for _, r := range results {
				got = append(got, r.URL)
			}
			t.Logf("miss %s %q: %v", f[0], f[1], got)
		}
	}
	for class, n := range total {
		s := float64(hits[class]) / float64(n)
		t.Logf("%s: success@3 %.3f (%d queries)", class, s, n)
		if budget := 0.95; s < budget && class == "all" || s < 0.9 {
			t.Errorf("%s: success@3 %.3f, below the budget", class, s)
		}
	}
}

// answered reports whether one of the results is one of the pages.
func answered(results []search.Result, pages []string) bool {
	for _, r := range results {
		url, _, _ := strings.Cut(r.URL, "#")
		for _, p := range pages {
			if url == p {
				return true
			}
		}
	}
	return false
}
