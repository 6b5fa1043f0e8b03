package search

import (
	"cmp"
	"context"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
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
	// CourseTitle names the course of a skill point's or chapter's result
	// on a site of several courses, whose skill points' titles may repeat.
	CourseTitle string `json:"courseTitle,omitempty"`
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

// Search returns the best limit results for q (see plan): the pages that
// match every group of one of its first levels, and, while fewer are
// found than asked for, of the next levels. The pages that hold every
// term of the query (when some do) come first, those of them that hold it
// in one piece first of all (see inOnePiece); then all are ranked by
// how well they fill the query's slots (matchScore), then by bleve's
// TF-IDF with field boosts, higher when the query is the page's title or
// one of its key points (Phrases) or its character pairs stand in the page
// as typed; the earlier page of equals first.
func (ix *Index) Search(ctx context.Context, q string, limit int) ([]Result, error) {
	return ix.SearchIn(ctx, q, limit, Filter{})
}

// SearchIn is Search among the pages the filter keeps: the levels go on
// while fewer of them are found than asked for.
func (ix *Index) SearchIn(ctx context.Context, q string, limit int, f Filter) ([]Result, error) {
	p := ix.plan(q, limit)
	weights := ix.slotWeights(p.slots)
	var hits []hit
	seen := map[string]bool{}
	for i, lv := range p.levels {
		if i >= p.always && len(hits) >= limit || i > 0 && p.whole && len(hits) >= limit {
			break // the pages of the levels left would rank below those found
		}
		found, err := ix.searchLevel(ctx, lv.groups, q, len(ix.Docs))
		if err != nil {
			return nil, err
		}
		for _, h := range found {
			if doc := ix.byID[h.ID]; !seen[h.ID] && f.keeps(ix.Docs[doc]) {
				seen[h.ID] = true
				hits = append(hits, hit{doc, h.Score + ix.matchScore(p.slots, weights, int32(doc)), p.whole && i == 0, false})
			}
		}
	}
	ix.sortHits(hits, q)
	out, courses := []Result{}, ix.courseTitles()
	for _, h := range hits[:min(limit, len(hits))] {
		d := ix.Docs[h.doc]
		snippet, first := Snippet(d.Text, p.marks)
		out = append(out, Result{URL: d.Link(sectionAt(d, p.marks, first)), Title: d.Title, Snippet: snippet, Score: h.score, Kind: d.Kind, Course: d.Course, CourseTitle: courseTitle(courses, d)})
	}
	return out, nil
}

// hit is a page found: its document, its score, and whether it holds
// every term of the query (whole), and in one piece (piece).
type hit struct {
	doc          int
	score        float64
	whole, piece bool
}

// sortHits sorts the pages found: those that hold every term of the query
// first, and among them those that hold it in one piece (inOnePiece);
// then by score, the earlier page of equals first.
func (ix *Index) sortHits(hits []hit, q string) {
	if runs := longRuns(q); len(runs) > 0 {
		for i := range hits {
			hits[i].piece = hits[i].whole && ix.inOnePiece(hits[i].doc, runs)
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.piece != b.piece {
			return cmpTrue(a.piece, b.piece)
		}
		if a.whole != b.whole {
			return cmpTrue(a.whole, b.whole)
		}
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return a.doc - b.doc
	})
}

// cmpTrue orders true before false.
func cmpTrue(a, b bool) int {
	if a {
		return -1
	}
	if b {
		return 1
	}
	return 0
}

// searchLevel asks bleve for the best n pages that match every group.
func (ix *Index) searchLevel(ctx context.Context, groups [][]string, q string, n int) (search.DocumentMatchCollection, error) {
	bq := ix.query(groups, Phrase(truncate(q)), ix.Terms(q))
	if bq == nil || n <= 0 {
		return nil, nil
	}
	engine, err := ix.engine()
	if err != nil {
		return nil, err
	}
	res, err := engine.SearchInContext(ctx, bleve.NewSearchRequestOptions(bq, n, 0, false))
	if err != nil {
		return nil, err
	}
	return res.Hits, nil
}

// query is a conjunction over the groups of a disjunction over their terms
// and the fields, with optional clauses that rank pages higher: the query
// as a phrase (a page's whole title or key point), and each of the query's
// own terms in the body — the character pairs of the query as typed, so
// that a page where its words stand together, in its order, ranks above
// one where they stand apart. bleve scores the optional clauses as a
// disjunction: their sum times the share of them that match.
func (ix *Index) query(groups [][]string, phrase string, near []string) query.Query {
	var all []query.Query
	for _, expanded := range groups {
		var either []query.Query
		for _, e := range expanded {
			for _, f := range Fields {
				either = append(either, termQuery(e, f))
			}
		}
		all = append(all, bleve.NewDisjunctionQuery(either...))
	}
	if len(all) == 0 {
		return nil
	}
	should := []query.Query{termQuery(phrase, Phrases)}
	for _, t := range near {
		should = append(should, termQuery(t, Fields[bodyField]))
	}
	return query.NewBooleanQuery(all, should, nil)
}

// bodyField is the index of the body among Fields.
const bodyField = 4

func termQuery(term string, f Field) query.Query {
	tq := bleve.NewTermQuery(term)
	tq.SetField(f.Name)
	tq.SetBoost(f.Boost)
	return tq
}

// isLoneHan reports a term that is one Han character: what the analyzer
// makes of a Han character with no Han neighbour.
func isLoneHan(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return size == len(t) && unicode.Is(unicode.Han, r)
}
