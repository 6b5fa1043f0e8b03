package search

import (
	"context"
	"slices"
	"strings"
)

// Answer is what a search shows: the results, and what the page says about
// them. `skillbook search --json` and /api/search print it; the site's
// JavaScript (Skillbook.ask) returns the same.
type Answer struct {
	Results []Result `json:"results"`
	// Instead is the query searched in place of the one asked, its pinyin
	// slips replaced (see Correct); "" when it was searched as asked.
	Instead string `json:"instead,omitempty"`
	// Message says so in the site's language (本站没有“陪训”，以下是“培训”的结果);
	// the caller, who knows the language, sets it.
	Message string `json:"message,omitempty"`
	// Dropped names the parts of the query that the results leave out.
	Dropped []string `json:"dropped"`
	// Suggestions are, when there is no result or the results leave out
	// the whole query, the nearest pages.
	Suggestions []Suggestion `json:"suggestions"`
}

// Ask searches for q as Search does, with its pinyin slips replaced first,
// and names what the results leave out. Results that leave out the whole
// query, found by its characters one by one (火箭发射 finding 发 in 发挥),
// are no answer: then, as when nothing is found, there is no result and
// pages are suggested.
func (ix *Index) Ask(ctx context.Context, q string, limit int) (Answer, error) {
	return ix.AskIn(ctx, q, limit, Filter{})
}

// AskIn is Ask among the pages the filter keeps (SearchIn); the pages it
// suggests when none is found are any of the site's.
func (ix *Index) AskIn(ctx context.Context, q string, limit int, f Filter) (Answer, error) {
	a := Answer{Dropped: []string{}, Suggestions: []Suggestion{}}
	if fixed, ok := ix.Correct(q); ok {
		a.Instead, q = fixed, fixed
	}
	results := []Result{}
	if !ix.hopeless(q) {
		var err error
		if results, err = ix.SearchIn(ctx, q, limit, f); err != nil {
			return a, err
		}
	}
	if len(results) > 0 {
		a.Dropped = Dropped(q, ix.resultDocs(results), ix.lexicon)
	}
	if len(results) > 0 && droppedAll(q, a.Dropped) {
		results, a.Dropped = []Result{}, []string{}
	}
	a.Results = results
	if limit > 0 && len(results) == 0 {
		a.Suggestions = ix.Suggest(q)
	}
	return a, nil
}

// hopeless reports a query that no page answers: each of its pieces
// (queryPieces) a run of Han characters none of whose pairs a page has,
// and none holding a word of the synonym sets (whose other words pages
// may have). Search would find pages by its characters one by one alone,
// which Ask does not show (droppedAll), and the browser, to rank them,
// would fetch the files of every term that holds each character:
// 火箭发射 took 960 requests at 10,000 skill points. search.js asks the
// same (hopeless).
func (ix *Index) hopeless(q string) bool {
	pieces := queryPieces(truncate(q))
	for _, p := range pieces {
		if len(p) < 2 || !isLoneHan(p[0]) || slices.Contains(ix.lexicon.heldSynonyms(p, func(string) bool { return true }), true) {
			return false
		}
		for i := 0; i+1 < len(p); i++ {
			if ix.inFields(p[i] + p[i+1]) {
				return false
			}
		}
	}
	return len(pieces) > 0
}

// droppedAll reports whether the results leave out the whole query (found
// only by its characters one by one).
func droppedAll(q string, dropped []string) bool {
	all := ""
	for _, p := range queryPieces(truncate(q)) {
		all += strings.Join(p, "")
	}
	return all != "" && strings.Join(dropped, "") == all
}

// resultDocs returns the documents of the results.
func (ix *Index) resultDocs(results []Result) []Doc {
	byURL := make(map[string]int, len(ix.Docs))
	for i, d := range ix.Docs {
		byURL[d.URL] = i
	}
	docs := make([]Doc, 0, len(results))
	for _, r := range results {
		url, _, _ := strings.Cut(r.URL, "#")
		docs = append(docs, ix.Docs[byURL[url]])
	}
	return docs
}
