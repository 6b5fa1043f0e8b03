package search

import (
	"context"
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
	a := Answer{Dropped: []string{}, Suggestions: []Suggestion{}}
	if fixed, ok := ix.Correct(q); ok {
		a.Instead, q = fixed, fixed
	}
	results, err := ix.Search(ctx, q, limit)
	if err != nil {
		return a, err
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
