package search

import (
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"

	"skillbook/internal/pool"
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

// analyzeDocs computes every term's postings the way bleve counts them, and
// which terms contain each Han character. Documents are analysed in
// parallel, a chunk at a time; their terms are merged in document order,
// also in parallel, each core into its own part of the terms (see
// termPart), and the parts joined at the end: merging into one map on
// one core took most of a large site's index stage (325,380 terms and
// 10.5 million postings at 10,000 skill points of real text).
func analyzeDocs(docs []Doc) (postings, map[string][]string) {
	parts := make([]postings, runtime.GOMAXPROCS(0))
	for w := range parts {
		parts[w] = postings{}
	}
	const chunk = 256
	counted := make([][]fieldTerms, chunk)
	for start := 0; start < len(docs); start += chunk {
		n := min(chunk, len(docs)-start)
		pool.Each(n, func(i int) {
			counted[i] = countFields(docs[start+i].fields)
		})
		pool.Each(len(parts), func(w int) {
			for i, fields := range counted[:n] {
				parts[w].add(int32(start+i), fields, w, len(parts))
			}
		})
	}
	pool.Each(len(parts), func(w int) { parts[w].compact() })
	all := parts[0]
	for _, part := range parts[1:] {
		maps.Copy(all, part)
	}
	return all, charIndex(all)
}

// compact moves the posting lists into one array of exactly their total
// length: lists grown by append keep up to twice their length (at 10,000
// skill points of real text 209 MB for 126 MB of postings), and one array
// of numbers is nothing for the garbage collector to scan. A list that
// grows later (Update) moves out of it.
func (all postings) compact() {
	n := 0
	for _, lists := range all {
		for _, l := range lists {
			n += len(l)
		}
	}
	slab := make([]Posting, n)
	for _, lists := range all {
		for f, l := range lists {
			if len(l) > 0 {
				k := copy(slab, l)
				lists[f], slab = slab[:k:k], slab[k:]
			}
		}
	}
}

// termPart is the part of the terms a term is merged into, of parts.
func termPart(term string, parts int) int {
	if term == "" {
		return 0
	}
	return int(term[len(term)-1]) % parts
}

// add adds a document's postings of the terms of part w of parts.
func (all postings) add(doc int32, fields []fieldTerms, w, parts int) {
	for f, ft := range fields {
		for _, tc := range ft.terms {
			if parts > 1 && termPart(tc.term, parts) != w {
				continue
			}
			lists := all[tc.term] // one lookup: the lists share their array with the map's
			if lists == nil {
				lists = make([][]Posting, fieldCount)
				all[strings.Clone(tc.term)] = lists // not a view that keeps the whole text alive
			}
			lists[f] = append(lists[f], Posting{Doc: doc, Freq: tc.freq, Length: int32(ft.length)})
		}
	}
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
		seen := map[rune]bool{}
		for _, r := range term {
			if !seen[r] && isLoneHan(string(r)) {
				seen[r] = true
				chars[string(r)] = append(chars[string(r)], term)
			}
		}
	}
	for _, terms := range chars {
		slices.Sort(terms)
	}
	return chars
}
