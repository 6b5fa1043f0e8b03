package search

import (
	"slices"
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
	for _, tok := range analyze(text) {
		if t := string(tok.Term); !seen[t] {
			seen[t] = true
			terms = append(terms, t)
		}
	}
	return terms
}

func analyze(text string) analysis.TokenStream {
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
	Doc, Freq, Length int
}

// postings maps each term to its postings in each field (by index in Fields).
type postings map[string][][]Posting

// analyzeDocs computes every term's postings the way bleve counts them, and
// which terms contain each Han character.
func analyzeDocs(docs []Doc) (postings, map[string][]string) {
	all := postings{}
	for i, d := range docs {
		for f, text := range d.fields {
			toks := analyze(text)
			freq := map[string]int{}
			var order []string
			for _, t := range toks {
				term := string(t.Term)
				if freq[term] == 0 {
					order = append(order, term)
				}
				freq[term]++
			}
			for _, term := range order {
				if all[term] == nil {
					all[term] = make([][]Posting, len(Fields))
				}
				all[term][f] = append(all[term][f], Posting{Doc: i, Freq: freq[term], Length: len(toks)})
			}
		}
	}
	return all, charIndex(all)
}

// charIndex maps each Han character to the sorted terms that contain it.
func charIndex(all postings) map[string][]string {
	chars := map[string][]string{}
	for term := range all {
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
