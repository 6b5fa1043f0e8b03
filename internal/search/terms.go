package search

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

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

// Posting is one document's use of a term in one field: how often, and,
// for a pair of Han characters in a field of Fields but Words, where its
// Freq positions start in the index's positions, plus one (0: none kept).
// How many terms the field has in all (bleve's norm is 1/√length) is the
// index's (fieldLength), not repeated in each of its postings: at 10,000
// skill points 13 million postings held it, 53 MB.
type Posting struct {
	Doc, Freq, Pos int32
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
	// pos holds the positions of the field's pairs of Han characters, each
	// pair's together (see termCount).
	pos []int32
}

// termCount is a term of a field, its count, and where its positions
// start in the field's pos (-1: none kept).
type termCount struct {
	term string
	freq int32
	at   int32
}

// counter is the scratch space of countFields, kept for reuse: fresh maps
// and growing slices for every field made most of the analysis's garbage.
type counter struct {
	index map[string]int
	terms []termCount
	seen  []occurrence
	next  []int32 // per term, its positions filled so far
}

// occurrence is where in a field a term (by its index there) stands.
type occurrence struct{ term, at int32 }

var counters = sync.Pool{New: func() any { return &counter{index: map[string]int{}} }}

// countFields counts the terms of each field of a document.
func countFields(texts []string) []fieldTerms { return countFieldsInto(nil, texts) }

// countFieldsInto is countFields reusing the lists of fields, an earlier
// document's counts that are no longer needed: the analysis counts 10
// million terms, and new lists for each were a quarter of a gigabyte of
// garbage.
func countFieldsInto(fields []fieldTerms, texts []string) []fieldTerms {
	c := counters.Get().(*counter)
	defer counters.Put(c)
	if len(fields) != len(texts) {
		fields = make([]fieldTerms, len(texts))
	}
	for f, text := range texts {
		fields[f].length = 0
		each := eachIn(f)
		c.terms, c.seen = c.terms[:0], c.seen[:0]
		each(text, func(t string, at int32) {
			i, ok := c.index[t]
			if ok {
				c.terms[i].freq++
			} else {
				i = len(c.terms)
				c.index[t] = i
				c.terms = append(c.terms, termCount{t, 1, -1})
			}
			if f < wordsField && at >= 0 && isPair(t) {
				c.seen = append(c.seen, occurrence{int32(i), at})
			}
			fields[f].length++
		})
		fields[f].pos = c.positions(fields[f].pos[:0])
		fields[f].terms = append(fields[f].terms[:0], c.terms...)
		clear(c.index)
	}
	return fields
}

// eachIn is how a field's text is cut into terms: Phrases and Words are a
// term a line, with no positions.
func eachIn(f int) func(string, func(string, int32)) {
	if f == phraseField || f == wordsField {
		return func(text string, emit func(string, int32)) {
			eachPhrase(text, func(t string) { emit(t, -1) })
		}
	}
	return eachTermAt
}

// positions gathers the positions seen, each term's together in pos, and
// says where each term's start (termCount.at).
func (c *counter) positions(pos []int32) []int32 {
	if len(c.seen) == 0 {
		return pos
	}
	for _, o := range c.seen {
		if c.terms[o.term].at < 0 {
			c.terms[o.term].at = int32(len(pos))
			pos = append(pos, make([]int32, c.terms[o.term].freq)...)
		}
	}
	c.next = append(c.next[:0], make([]int32, len(c.terms))...)
	for _, o := range c.seen {
		pos[c.terms[o.term].at+c.next[o.term]] = o.at
		c.next[o.term]++
	}
	return pos
}

// isPair reports a term of two Han characters (what a run of them is cut
// into).
func isPair(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	if !isHan(r) || size == len(t) {
		return false
	}
	r2, size2 := utf8.DecodeRuneInString(t[size:])
	return isHan(r2) && size+size2 == len(t)
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
