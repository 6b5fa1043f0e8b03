package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"skillbook/internal/corpus"
	"skillbook/internal/search"
)

// TestSearchEvaluation asks the bundled course the evaluation set's
// queries (internal/search/testdata/eval-bundled.tsv: questions, other
// word orders, words left out or added, synonyms, pinyin slips, each with
// the pages that answer it) as `skillbook search` does, and holds
// success@3 — an answer among the first three results — to the budget of
// docs/search.md, overall and per class. Run with -v for the misses.
func TestSearchEvaluation(t *testing.T) {
	evaluate(t, "..", "eval-bundled.tsv", 0.9)
}

// TestSearchEvaluationGenerated does the same on the generated corpus of
// 1,000 skill points (go run ./bench/gencorpus DIR 1000) and its set,
// internal/search/testdata/eval-generated.tsv (go run ./bench/evalgen DIR).
// Building 1,000 points takes minutes under -race, so it runs only with
// SKILLBOOK_EVAL_GENERATED=1:
//
//	SKILLBOOK_EVAL_GENERATED=1 go test ./build -run TestSearchEvaluationGenerated -v
func TestSearchEvaluationGenerated(t *testing.T) {
	if os.Getenv("SKILLBOOK_EVAL_GENERATED") == "" {
		t.Skip("set SKILLBOOK_EVAL_GENERATED=1 to build a 1,000-point site and evaluate it")
	}
	dir := t.TempDir()
	if err := corpus.Write(dir, corpus.DefaultShape(1000)); err != nil {
		t.Fatal(err)
	}
	evaluate(t, dir, "eval-generated.tsv", 0.8)
}

// evaluate builds the site in dir and asks it the queries of the named
// set as `skillbook search` does (Ask: pinyin slips replaced), holding
// success@3 to 0.95 over all queries and to perClass in each class (above
// Pagefind's figure in each: docs/search.md).
func evaluate(t *testing.T, dir, set string, perClass float64) {
	res := Build(Options{SiteDir: dir})
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	b, err := os.ReadFile(filepath.Join("..", "internal", "search", "testdata", set))
	if err != nil {
		t.Fatal(err)
	}
	hits, total := map[string]int{}, map[string]int{}
	for line := range strings.Lines(string(b)) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if strings.HasPrefix(line, "#") || len(f) != 3 {
			continue
		}
		a, err := res.Search.Ask(context.Background(), f[1], 3)
		if err != nil {
			t.Fatal(err)
		}
		total[f[0]]++
		total["all"]++
		if answered(a.Results, strings.Fields(f[2])) {
			hits[f[0]]++
			hits["all"]++
		} else {
			var got []string
			for _, r := range a.Results {
				got = append(got, r.URL+" "+r.Title)
			}
			t.Logf("miss %s %q (answers %s): %q", f[0], f[1], f[2], got)
		}
	}
	for class, n := range total {
		s := float64(hits[class]) / float64(n)
		t.Logf("%s: success@3 %.3f (%d queries)", class, s, n)
		if budget := 0.95; s < budget && class == "all" || s < perClass {
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
