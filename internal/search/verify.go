package search

import (
	"slices"
	"unicode/utf8"
)

// The pages that hold every term of a query come first (see plan), but
// that they hold its character pairs does not say that the pairs stand
// together: a page that holds 禁止使用 and 使用税收 holds every pair of
// 禁止使用税, once each, as the pages that hold 禁止使用税 do. So among them,
// the pages that hold each of the query's runs of three Han characters or
// more in one piece come first: in one field (title, key points, tags,
// headings or body), its pairs one character apart each (the export keeps
// every pair's positions, see appendPositions). Every page is checked, in
// Go and in search.js alike (inOnePiece there), from the same positions.

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

// inOnePiece reports whether document doc holds each of runs in one piece,
// in one of the fields that keep positions.
func (ix *Index) inOnePiece(doc int, runs []string) bool {
	for _, run := range runs {
		pairs := runPairs(run)
		if !slices.ContainsFunc([]int{0, 1, 2, 3, 4}, func(f int) bool { return ix.pairsInRow(int32(doc), f, pairs) }) {
			return false
		}
	}
	return true
}

// pairsInRow reports whether a document's field holds pairs one after
// another, each one character after the one before.
func (ix *Index) pairsInRow(doc int32, field int, pairs []string) bool {
	for _, at := range ix.pairPositions(pairs[0], field, doc) {
		row := true
		for j, p := range pairs[1:] {
			if _, ok := slices.BinarySearch(ix.pairPositions(p, field, doc), at+int32(j+1)); !ok {
				row = false
				break
			}
		}
		if row {
			return true
		}
	}
	return false
}

// pairPositions are where a pair of Han characters starts in a document's
// field, in order.
func (ix *Index) pairPositions(pair string, field int, doc int32) []int32 {
	fields := ix.postings[pair]
	if fields == nil {
		return nil
	}
	i, ok := slices.BinarySearchFunc(fields[field], doc, byDoc)
	if !ok || fields[field][i].Pos == 0 {
		return nil
	}
	p := fields[field][i]
	return ix.positions[p.Pos-1 : p.Pos-1+p.Freq]
}

// runPairs are the pairs of Han characters of a run, in order.
func runPairs(run string) []string {
	r := []rune(run)
	out := make([]string, len(r)-1)
	for i := range out {
		out[i] = string(r[i : i+2])
	}
	return out
}
