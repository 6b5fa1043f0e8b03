package search

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// latinForm is what else a Latin word of a query stands for, as pages
// write it: the words it makes with the Latin word typed next to it
// (ISO 9001 and ISO-9001 stand for iso9001, as a page that writes ISO9001
// has it), and, for a word of letters and digits, its parts where letters
// meet digits (iso9001: iso and 9001, as a page that writes ISO 9001 has
// them) when each is of two characters or more (5s and 7x24 stay whole: a
// lone letter or digit is in every other page).
type latinForm struct {
	parts  []string
	joined []string
}

// latinForms are the forms of the query's Latin words (see latinForm).
// search.js finds the same (latinForms).
func latinForms(q string) map[string]*latinForm {
	toks := queryTokens(truncate(q))
	out := map[string]*latinForm{}
	for _, tok := range toks {
		if !isHanRun(tok) && out[tok] == nil {
			out[tok] = &latinForm{parts: latinParts(tok)}
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if a, b := out[toks[i]], out[toks[i+1]]; a != nil && b != nil {
			j := singular(toks[i] + toks[i+1])
			a.joined = appendNew(a.joined, j)
			b.joined = appendNew(b.joined, j)
		}
	}
	return out
}

// latinParts are a word's runs of letters and of digits, when there are
// two or more and each is of two characters or more; nil otherwise.
func latinParts(w string) []string {
	var parts []string
	start, digit := 0, false
	for i, r := range w {
		if i > 0 && unicode.IsDigit(r) != digit {
			parts = append(parts, w[start:i])
			start = i
		}
		digit = unicode.IsDigit(r)
	}
	parts = append(parts, w[start:])
	if len(parts) < 2 || slices.ContainsFunc(parts, func(p string) bool { return utf8.RuneCountInString(p) < 2 }) {
		return nil
	}
	for i, p := range parts {
		parts[i] = singular(p)
	}
	return parts
}

// groups are the groups the word asks for, given its own (itself, or its
// synonyms): its own with each of its parts added, or its own alone; each
// with the words it makes with its neighbours added.
func (f *latinForm) groups(own []string) [][]string {
	out := [][]string{own}
	if f.parts != nil {
		out = nil
		for _, p := range f.parts {
			out = append(out, appendNew(slices.Clone(own), p))
		}
	}
	for i := range out {
		out[i] = appendNew(slices.Clone(out[i]), f.joined...)
	}
	return out
}

// heldApart reports a word of letters and digits whose parts has reports
// every one of (ISO 9001 in a page, for the query ISO9001).
func heldApart(w string, has func(string) bool) bool {
	parts := latinParts(w)
	return parts != nil && !slices.ContainsFunc(parts, func(p string) bool { return !has(p) })
}

// appendNew appends the terms list lacks.
func appendNew(list []string, terms ...string) []string {
	for _, t := range terms {
		if !slices.Contains(list, t) {
			list = append(list, t)
		}
	}
	return list
}
