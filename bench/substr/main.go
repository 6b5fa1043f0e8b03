// Command substr measures substring recall on real text: it builds a site,
// takes random runs of 2–12 Han characters from its pages' text, asks each
// as a query, and counts the runs whose first ten results miss a page that
// holds the run (recall@10 against every page whose title or text
// contains it: all of them when they are ten or fewer, else ten of them).
//
//	go run ./bench/substr [-n 1000] [-seed 1] [-v] SITE
//
// It asks the Go index (Search), which ranks as the site's search.js does
// (TestSearchParity holds them to the same pages and order), so its misses
// are the browser's. It prints the misses of runs of 2–8 characters and of
// 9–12 apart (issue 19's short and long queries); -v names each miss.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"skillbook/build"
	"skillbook/internal/search"
)

func main() {
	n := flag.Int("n", 1000, "how many runs to ask")
	seed := flag.Uint64("seed", 1, "the random runs' seed")
	verbose := flag.Bool("v", false, "name each miss on stderr")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: substr [-n N] [-seed S] [-v] SITE")
		os.Exit(2)
	}
	res := build.Build(build.Options{SiteDir: flag.Arg(0)})
	if res.Diags.HasErrors() {
		fmt.Fprint(os.Stderr, res.Diags)
		os.Exit(1)
	}
	defer res.Search.Close()
	ix := res.Search
	texts := make([]string, len(ix.Docs))
	for i, d := range ix.Docs {
		texts[i] = norm.NFKC.String(d.Title + "\n" + d.Text)
	}
	rng := rand.New(rand.NewPCG(*seed, 2))
	var asked, missed [2]int
	for range *n {
		run := randomRun(rng, texts)
		long := 0
		if len([]rune(run)) > 8 {
			long = 1
		}
		asked[long]++
		if miss := check(ix, texts, run); miss != "" {
			missed[long]++
			if *verbose {
				fmt.Fprintf(os.Stderr, "miss %s: %s\n", run, miss)
			}
		}
	}
	for i, what := range []string{"2–8", "9–12"} {
		fmt.Printf("runs of %s characters: %d of %d missed (%.2f %%)\n", what, missed[i], asked[i], 100*float64(missed[i])/float64(max(1, asked[i])))
	}
}

// randomRun is a run of 2–12 Han characters from a random page's text.
func randomRun(rng *rand.Rand, texts []string) string {
	for {
		t := []rune(texts[rng.IntN(len(texts))])
		if len(t) < 12 {
			continue
		}
		size := 2 + rng.IntN(11)
		at := rng.IntN(len(t) - size + 1)
		run := t[at : at+size]
		if !allHan(run) {
			continue
		}
		return string(run)
	}
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// check asks run and says what its first ten results miss ("" when
// nothing): how many of the pages that hold it they show, of how many.
func check(ix *search.Index, texts []string, run string) string {
	want := map[string]bool{}
	for i, t := range texts {
		if strings.Contains(t, run) {
			want[ix.Docs[i].URL] = true
		}
	}
	results, err := ix.Search(context.Background(), run, 10)
	if err != nil {
		return err.Error()
	}
	found := 0
	for _, r := range results {
		url, _, _ := strings.Cut(r.URL, "#")
		if want[url] {
			found++
		}
	}
	if need := min(10, len(want)); found < need {
		return fmt.Sprintf("%d of %d pages (%d hold it)", found, need, len(want))
	}
	return ""
}
