package search

import (
	"context"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Result is one search hit, as the command line, the server and the site's
// JavaScript all return it. URL is relative to the site's root and ends
// with the #id of the section that matched, when one did.
type Result struct {
	URL     string  `json:"url"`
	Title   string  `json:"title"`
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
	Kind    string  `json:"kind"`
	Course  string  `json:"course"`
}

// MaxQueryRunes bounds a query; the rest is ignored.
const MaxQueryRunes = 200

// truncate cuts a query to MaxQueryRunes.
func truncate(q string) string {
	if utf8.RuneCountInString(q) > MaxQueryRunes {
		return string([]rune(q)[:MaxQueryRunes])
	}
	return q
}

// Terms returns the analysed terms of a query, each once, in order.
func (ix *Index) Terms(q string) []string { return Analyze(truncate(q)) }

// Search returns the best limit results for q: every page that contains all
// of the query's terms (a one-character query: every page that contains the
// character) — or, when no page does, all of as many of them as some page
// has (see relax) — ranked by bleve's TF-IDF with field boosts, and higher
// when the query is the page's title or one of its key points (Phrases).
func (ix *Index) Search(ctx context.Context, q string, limit int) ([]Result, error) {
	terms := ix.Terms(q)
	bq := ix.query(ix.relax(terms), Phrase(truncate(q)))
	if bq == nil || limit <= 0 {
		return []Result{}, nil
	}
	engine, err := ix.engine()
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(bq, limit, 0, false)
	res, err := engine.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := make([]Result, 0, len(res.Hits))
	for _, h := range res.Hits {
		d := ix.Docs[ix.byID[h.ID]]
		snippet, first := Snippet(d.Text, terms)
		out = append(out, Result{URL: d.Link(first), Title: d.Title, Snippet: snippet, Score: h.Score, Kind: d.Kind, Course: d.Course})
	}
	return out, nil
}

// query is a conjunction over the groups of a disjunction over their terms
// and the fields, with the phrase as an optional clause.
func (ix *Index) query(groups [][]string, phrase string) query.Query {
	var all []query.Query
	for _, expanded := range groups {
		var either []query.Query
		for _, e := range expanded {
			for _, f := range Fields {
				tq := bleve.NewTermQuery(e)
				tq.SetField(f.Name)
				tq.SetBoost(f.Boost)
				either = append(either, tq)
			}
		}
		all = append(all, bleve.NewDisjunctionQuery(either...))
	}
	if len(all) == 0 {
		return nil
	}
	exact := bleve.NewTermQuery(phrase)
	exact.SetField(Phrases.Name)
	exact.SetBoost(Phrases.Boost)
	return query.NewBooleanQuery(all, []query.Query{exact}, nil)
}

// isLoneHan reports a term that is one Han character: what the analyzer
// makes of a Han character with no Han neighbour.
func isLoneHan(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return size == len(t) && unicode.Is(unicode.Han, r)
}
