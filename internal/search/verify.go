package search

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The pages that hold every term of a query come first (see plan), but
// their postings cannot say whether its character pairs stand together: a
// page that holds 禁止使用 and 使用税收 holds every pair of 禁止使用税, once
// each, as the pages that hold 禁止使用税 do. So among them, the pages whose
// text holds each of the query's runs of three Han characters or more in
// one piece come first. The site's JavaScript has the texts
// only in the packs it fetches, so the pages are checked in rank order,
// only until limit are found in one piece (every page not checked then
// ranks below them: the first limit are exact) or the pages checked fill
// the packs the request budget leaves (verifyPacks). Search and search.js
// check the same pages.

// Issue 19's request budget: a query of up to shortQuery characters takes
// at most shortBudget requests, the files of the results it shows
// included, any query at most longBudget.
const (
	shortQuery  = 8
	shortBudget = 20
	longBudget  = 40
)

// eagerChars is how many terms a lone character may stand for that
// search.js fetches at once (EAGER; more, and they are fetched as needed).
const eagerChars = 8

// verifyPacks is how many packs the check may read: what the request
// budget leaves after search.js, meta.js and a file for each term the
// client fetches to plan and rank the query — its terms (a lone character
// with at most eagerChars terms, those too), its slots' terms, and its
// phrase unless its anchor (see anchor) is one of them — but at least
// limit (the packs of the results shown) and at most twice that.
func (ix *Index) verifyPacks(q string, slots [][]string, limit int) int {
	q = truncate(q)
	budget := longBudget
	if utf8.RuneCountInString(q) <= shortQuery {
		budget = shortBudget
	}
	terms := map[string]bool{}
	for _, t := range Analyze(q) {
		terms[t] = true
		if isLoneHan(t) && len(ix.charTerms[t]) <= eagerChars {
			for _, c := range ix.charTerms[t] {
				terms[c] = true
			}
		}
	}
	for _, slot := range slots {
		for _, t := range slot {
			terms[t] = true
		}
	}
	files := 2 + len(terms)
	if p := Phrase(q); p != "" && !terms[ix.anchor(p)] {
		files++
	}
	return max(limit, min(2*limit, budget-files))
}

// longRuns are the runs of three Han characters or more of a query, as the
// analyzer sees them (NFKC).
func longRuns(q string) []string {
	var out []string
	for _, tok := range queryTokens(truncate(q)) {
		if isHanRun(tok) && utf8.RuneCountInString(tok) >= 3 {
			out = append(out, tok)
		}
	}
	return out
}

// inOnePiece reports whether document doc's title, text, key points, tags
// or headings hold each of runs in one piece.
func (ix *Index) inOnePiece(doc int, runs []string) bool {
	d := ix.Docs[doc]
	texts := []string{d.Title, d.Text}
	for f := 1; f <= 3 && f < len(d.fields); f++ {
		texts = append(texts, d.fields[f])
	}
	all := norm.NFKC.String(strings.Join(texts, "\n"))
	for _, r := range runs {
		if !strings.Contains(all, r) {
			return false
		}
	}
	return true
}

// inOnePieceFirst marks the pages that hold runs in one piece among docs,
// the pages that hold every term of the query, sorted: in rank order,
// until limit are found or the pages checked fill packs packs.
func (ix *Index) inOnePieceFirst(docs []int, runs []string, limit, packs int) map[int]bool {
	out := map[int]bool{}
	read := map[int]bool{}
	for _, doc := range docs {
		if len(out) == limit {
			break
		}
		p := doc / docPack
		if !read[p] && len(read) == packs {
			break
		}
		read[p] = true
		if ix.inOnePiece(doc, runs) {
			out[doc] = true
		}
	}
	return out
}
