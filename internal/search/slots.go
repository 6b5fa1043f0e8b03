package search

import (
	"math"
	"slices"
	"unicode/utf8"
)

// slots are what a page is ranked by beside TF-IDF: the query's terms,
// each a group of the terms that fill it. In each run of Han characters,
// cut into words (wordAt), every character pair: one inside a word with
// synonyms stands for them all (one slot for the word); one where two
// words meet also for the pair their synonyms of two characters or more
// make there (a page holds it
// where the two stand together, as typed). Pairs inside or beside a
// question or function word of two characters or more (怎么, 什么, 进行)
// are left out: the page that answers does not say them. Latin words
// that are not optional are slots of their own, with the words they make
// with their neighbours (latinForm). Without synonyms, each
// word stands for itself alone.
func (ix *Index) slots(q string, synonyms bool) [][]string {
	var out [][]string
	add := func(slot []string) {
		if len(slot) > 0 && !slices.ContainsFunc(out, func(s []string) bool { return slices.Equal(s, slot) }) {
			out = append(out, slot)
		}
	}
	forms := latinForms(q)
	for _, tok := range queryTokens(truncate(q)) {
		run := []rune(tok)
		if !isHanRun(tok) {
			if !ix.lexicon.optional[tok] {
				slot := []string{tok}
				if f := forms[tok]; f != nil {
					slot = appendNew(slot, f.joined...)
				}
				add(slot)
			}
			continue
		}
		var prev []string // the word before and its synonyms, nil if it is left out
		for i := 0; i < len(run); {
			n := ix.wordAt(run, i)
			w := string(run[i : i+n])
			alts := []string{w}
			if synonyms {
				alts = ix.lexicon.alternatives(w)
			}
			switch {
			case n >= 2 && ix.lexicon.optional[w]:
				alts = nil
			case n < 2:
				alts = []string{w} // a lone character meets its neighbours as typed
			}
			if prev != nil && alts != nil {
				add(junction(prev, alts))
			}
			switch {
			case alts == nil || n < 2:
			case len(alts) > 1:
				add(ix.expandAll(alts))
			default:
				for _, t := range Analyze(w) {
					add([]string{t})
				}
			}
			prev, i = alts, i+n
		}
	}
	return out
}

// junction is the pairs where two words meet, each in any of its forms.
func junction(before, after []string) []string {
	var out []string
	for _, a := range before {
		for _, b := range after {
			if j := lastRune(a) + prefix1(b); !slices.Contains(out, j) {
				out = append(out, j)
			}
		}
	}
	return out
}

func lastRune(w string) string {
	_, n := utf8.DecodeLastRuneInString(w)
	return w[len(w)-n:]
}

func prefix1(w string) string {
	_, n := utf8.DecodeRuneInString(w)
	return w[:n]
}

// matchScore is how well a document fills the slots: the weights of the
// slots it fills in Fields before Words, plus, in the field that holds the
// most weight of them, that weight times the field's boost (title 3, key
// points 2, tags 2, headings 1.5, body 1). A slot's weight is 1 +
// ln(N / (df + 1)), df the documents whose body has a term of it (at most
// N). Pages rank by it first: the more of the query's words a page holds,
// the more of them together as typed and in one field, and the more in
// its title or key points, the higher.
func (ix *Index) matchScore(slots [][]string, weights []float64, doc int32) float64 {
	var inField [wordsField]float64
	anywhere := 0.0
	for i, slot := range slots {
		var has [wordsField]bool
		for _, t := range slot {
			ps := ix.postings[t]
			for f := 0; f < min(len(ps), wordsField); f++ {
				has[f] = has[f] || hasDoc(ps[f], doc)
			}
		}
		filled := false
		for f, ok := range has {
			if ok {
				inField[f] += weights[i]
				filled = true
			}
		}
		if filled {
			anywhere += weights[i]
		}
	}
	best := 0.0
	for f, w := range inField {
		best = max(best, w*Fields[f].Boost)
	}
	return anywhere + best
}

// slotWeights are the slots' weights (see matchScore).
func (ix *Index) slotWeights(slots [][]string) []float64 {
	n := float64(len(ix.Docs))
	out := make([]float64, len(slots))
	for i, slot := range slots {
		df := 0
		for _, t := range slot {
			if ps := ix.postings[t]; len(ps) > bodyField {
				df += len(ps[bodyField])
			}
		}
		out[i] = 1 + math.Log(n/float64(min(df, len(ix.Docs))+1))
	}
	return out
}

// hasDoc reports whether a field's postings, sorted by document, hold doc.
func hasDoc(ps []Posting, doc int32) bool {
	_, found := slices.BinarySearchFunc(ps, doc, func(p Posting, d int32) int { return int(p.Doc - d) })
	return found
}
