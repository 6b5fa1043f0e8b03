package search

import (
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
)

var (
	analyzerOnce sync.Once
	analyzer     analysis.Analyzer
)

// Analyze returns the terms of text, each once, in order of appearance: what
// the index holds and what a query looks for.
func Analyze(text string) []string {
	var terms []string
	seen := map[string]bool{}
	eachTerm(text, func(t string) {
		if !seen[t] {
			seen[t] = true
			terms = append(terms, t)
		}
	})
	return terms
}

// bleveAnalyze runs the analyzer that bleve indexes with; eachTerm must give
// the same terms (a test checks it).
func bleveAnalyze(text string) analysis.TokenStream {
	analyzerOnce.Do(func() {
		m, err := NewMapping()
		if err != nil {
			panic(err)
		}
		analyzer = m.AnalyzerNamed(AnalyzerName)
	})
	return analyzer.Analyze([]byte(text))
}

// Posting is one document's use of a term in one field: how often, and how
// many terms the field has in all (bleve's norm is 1/√Length).
type Posting struct {
	Doc, Freq, Length int32
}

// postings maps each term to its postings in each field (by index in
// allFields).
type postings map[string][][]Posting

// fieldTerms is one field of one document analysed: its terms, each once
// in order of first appearance with its count, and the number of terms in
// all.
type fieldTerms struct {
	terms  []termCount
	length int
}

type termCount struct {
	term string
	freq int32
}

// counter is the scratch space of countFields, kept for reuse: fresh maps
// and growing slices for every field made most of the analysis's garbage.
type counter struct {
	index map[string]int
	terms []termCount
}

var counters = sync.Pool{New: func() any { return &counter{index: map[string]int{}} }}

// countFields counts the terms of each field of a document.
func countFields(texts []string) []fieldTerms {
	c := counters.Get().(*counter)
	defer counters.Put(c)
	fields := make([]fieldTerms, len(texts))
	for f, text := range texts {
		each := eachTerm
		if f == phraseField || f == wordsField {
			each = eachPhrase
		}
		c.terms = c.terms[:0]
		each(text, func(t string) {
			if i, ok := c.index[t]; ok {
				c.terms[i].freq++
			} else {
				c.index[t] = len(c.terms)
				c.terms = append(c.terms, termCount{t, 1})
			}
			fields[f].length++
		})
		fields[f].terms = slices.Clone(c.terms)
		clear(c.index)
	}
	return fields
}

// inBigramFields reports a term with postings in the fields that the
// analyzer makes terms of (not Words, not Phrases): what a lone Han
// character of a query stands for.
func inBigramFields(fields [][]Posting) bool {
	return slices.ContainsFunc(fields[:wordsField], func(ps []Posting) bool { return len(ps) > 0 })
}

// charIndex maps each Han character to the sorted terms that contain it.
func charIndex(all postings) map[string][]string {
	chars := map[string][]string{}
	for term, fields := range all {
		if !inBigramFields(fields) {
			continue
		}
		for i, r := range term {
			if isHan(r) && !strings.ContainsRune(term[:i], r) { // each character once
				chars[string(r)] = append(chars[string(r)], term)
			}
		}
	}
	for _, terms := range chars {
		slices.Sort(terms)
	}
	return chars
}
