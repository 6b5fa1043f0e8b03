// Package search is Skillbook's search: a bleve index of every page, the
// queries that `skillbook search` and `serve` answer from it, and its export
// to static shards that the site's JavaScript queries with the same results.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// AnalyzerName is the analyzer of every searchable field: NFKC folding (so
// full-width letters and digits match half-width ones), a tokenizer simple
// enough to write again in the browser, and bleve's CJK bigrams.
//
// Skillbook's tokenizer stands in for bleve's "unicode" tokenizer (UAX #29
// word breaks) and "to_lower" filter because the site's JavaScript must
// split text identically: each Han character is its own token (cjk_bigram
// pairs adjacent ones), and a run of letters, digits and marks is one token,
// lower-cased a character at a time, with "." or "," kept between two digits
// (99.9, 1,000). (bleve's to_lower also garbles "İ".)
const AnalyzerName = "skillbook"

const (
	charFilterName = "skillbook_nfkc"
	tokenizerName  = "skillbook_words"
	// phraseAnalyzer analyses Phrases, whose lines are phrases already.
	phraseAnalyzer    = "skillbook_phrases"
	lineTokenizerName = "skillbook_lines"
)

func init() {
	_ = registry.RegisterCharFilter(charFilterName, func(map[string]any, *registry.Cache) (analysis.CharFilter, error) {
		return nfkcFilter{}, nil
	})
	_ = registry.RegisterTokenizer(tokenizerName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return wordTokenizer{}, nil
	})
	_ = registry.RegisterTokenizer(lineTokenizerName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return lineTokenizer{}, nil
	})
}

// addAnalyzers registers the analyzers with an index mapping.
func addAnalyzers(m *mapping.IndexMappingImpl) error {
	err := m.AddCustomAnalyzer(AnalyzerName, map[string]any{
		"type":          custom.Name,
		"char_filters":  []any{charFilterName},
		"tokenizer":     tokenizerName,
		"token_filters": []any{cjk.BigramName},
	})
	if err != nil {
		return err
	}
	return m.AddCustomAnalyzer(phraseAnalyzer, map[string]any{"type": custom.Name, "tokenizer": lineTokenizerName})
}

type nfkcFilter struct{}

// Filter folds text to NFKC.
func (nfkcFilter) Filter(in []byte) []byte { return norm.NFKC.Bytes(in) }

type wordTokenizer struct{}

// Tokenize splits text into Han characters and runs of letters and digits.
func (wordTokenizer) Tokenize(in []byte) analysis.TokenStream {
	var out analysis.TokenStream
	eachToken(in, func(term []byte, start, end int, typ analysis.TokenType) {
		out = append(out, &analysis.Token{Term: term, Start: start, End: end, Position: len(out) + 1, Type: typ})
	})
	return out
}

// eachToken calls yield with each token of Tokenize in turn, its term,
// where it starts and ends in in, and its type, without making the
// tokens: the near files' units and phrases cut every title and key
// point, and their tokens were 140 MB of garbage at 10,000 skill points.
func eachToken(in []byte, yield func(term []byte, start, end int, typ analysis.TokenType)) {
	text := string(in)
	start := -1
	emit := func(end int) {
		if start >= 0 {
			yield([]byte(singular(strings.Map(unicode.ToLower, string(in[start:end])))), start, end, analysis.AlphaNumeric)
			start = -1
		}
	}
	for i := 0; i < len(in); {
		r, size := utf8.DecodeRune(in[i:])
		switch {
		case unicode.Is(unicode.Han, r):
			emit(i)
			yield(in[i:i+size], i, i+size, analysis.Ideographic)
		case isWordRune(r) || start >= 0 && isNumberJoiner(text, i, r):
			if start < 0 {
				start = i
			}
		default:
			emit(i)
		}
		i += size
	}
	emit(len(in))
}

// singular drops the s of an English plural — a lower-cased word of four
// Latin letters or more ending in s, but not ss or us — so that "manuals"
// finds "manual" and the other way round; search.js's singular is the same.
func singular(w string) string {
	n := len(w)
	if n < 4 || w[n-1] != 's' || w[n-2] == 's' || w[n-2] == 'u' || utf8.RuneCountInString(w) < 4 {
		return w
	}
	for _, r := range w {
		if !unicode.Is(unicode.Latin, r) {
			return w
		}
	}
	return w[:n-1]
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r)
}

// isNumberJoiner reports a "." or "," at byte i of text between two digits.
func isNumberJoiner(text string, i int, r rune) bool {
	if r != '.' && r != ',' || i == 0 || i+1 >= len(text) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsDigit(prev) && unicode.IsDigit(next)
}
