// Command searchstats measures the search of a site: searchstats SITE
// builds the site and draws queries from about a hundred skill points' titles
// and key points, each query remembering the page it came from. It reports
//
//   - recall@10: how often that page is among the first ten results;
//   - substring recall: for pieces that start inside a word (one and two
//     characters from the middle of titles), the share of the pages that
//     contain the piece that the search finds.
//
// The browser client ranks exactly as the index does (the browser tests
// check it), so these figures hold for both. What a query fetches in the
// browser is measured there: bench/searchvs.
package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"

	"skillbook/build"
	"skillbook/internal/search"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: searchstats SITE")
		os.Exit(2)
	}
	res := build.Build(build.Options{SiteDir: os.Args[1]})
	if res.Diags.HasErrors() {
		fmt.Fprint(os.Stderr, res.Diags)
		os.Exit(1)
	}
	files := map[string][]byte{}
	for _, f := range res.Files {
		files[f.Path] = f.Data
	}
	found := 0
	qs := queries(res)
	for _, q := range qs {
		hits, _ := res.Search.Search(context.Background(), q.text, 10)
		if slices.ContainsFunc(hits, func(h search.Result) bool {
			return strings.HasPrefix(h.URL, q.from) && (len(h.URL) == len(q.from) || h.URL[len(q.from)] == '#')
		}) {
			found++
		}
	}
	fmt.Printf("%d queries\n", len(qs))
	fmt.Printf("recall@10: %.3f\n", float64(found)/float64(len(qs)))
	fmt.Printf("substring recall: %.3f\n", substringRecall(res))
}

// substringRecall checks Chinese pieces from inside titles (one and two
// characters after the first two) against every page whose text contains
// them. Latin words and numbers are matched whole, so pieces of them are
// left out.
func substringRecall(res *build.Result) float64 {
	found, want := 0, 0
	for i, s := range res.Site.Skills() {
		r := []rune(s.Title())
		if i%100 != 0 || len(r) < 4 {
			continue
		}
		for _, piece := range []string{string(r[2:3]), string(r[2:4])} {
			if !allHan(piece) {
				continue
			}
			contain := map[string]bool{}
			for _, d := range res.Search.Docs {
				if strings.Contains(d.Title+"\n"+d.Text, piece) {
					contain[d.URL] = true
				}
			}
			hits, _ := res.Search.Search(context.Background(), piece, len(res.Search.Docs))
			for _, h := range hits {
				u, _, _ := strings.Cut(h.URL, "#")
				if contain[u] {
					found++
				}
			}
			want += len(contain)
		}
	}
	return float64(found) / float64(max(want, 1))
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// query is a query and the page it was drawn from.
type query struct{ text, from string }

// queries are a title and the key points of about a hundred skill points
// spread over the site, as a trainee who remembers them would type them.
func queries(res *build.Result) []query {
	var qs []query
	skills := res.Site.Skills()
	step := max(1, len(skills)/100)
	for i := 0; i < len(skills); i += step {
		s := skills[i]
		qs = append(qs, query{s.Title(), s.URL})
		if s.Doc != nil && s.Doc.KeyPoints != nil {
			for _, k := range s.Doc.KeyPoints.Items {
				qs = append(qs, query{k.Text, s.URL})
			}
		}
	}
	return qs
}
