package search

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// eachTerm calls emit with every term of text, in order: the terms bleve's
// analyzer (AnalyzerName) makes, without its token objects, for the static
// export and for queries, which analyse far more text than they keep.
func eachTerm(text string, emit func(string)) {
	text = norm.NFKC.String(text)
	var han []int // byte offsets of the current run of Han characters
	word := -1    // start of the current word, or -1
	flushHan := func(end int) {
		switch len(han) {
		case 0:
		case 1:
			emit(text[han[0]:end])
		default:
			for i := 0; i+1 < len(han); i++ {
				stop := end
				if i+2 < len(han) {
					stop = han[i+2]
				}
				emit(text[han[i]:stop])
			}
		}
		han = han[:0]
	}
	flushWord := func(end int) {
		if word >= 0 {
			emit(strings.Map(unicode.ToLower, text[word:end]))
			word = -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			flushWord(i)
			han = append(han, i)
			continue
		case isWordRune(r) || word >= 0 && isNumberJoiner(text, i, r):
			flushHan(i)
			if word < 0 {
				word = i
			}
		default:
			flushHan(i)
			flushWord(i)
		}
	}
	flushHan(len(text))
	flushWord(len(text))
}
