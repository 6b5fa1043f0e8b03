package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// eachTerm calls emit with every term of text, in order: the terms bleve's
// analyzer (AnalyzerName) makes, without its token objects, for the static
// export and for queries, which analyse far more text than they keep.
func eachTerm(text string, emit func(string)) {
	eachTermAt(text, func(t string, _ int32) { emit(t) })
}

// eachTermAt is eachTerm that also says where each term of a run of Han
// characters starts, in characters of the text normalized (the export's
// positions, see appendPositions): two pairs of a query stand together in
// a page where the second starts one character after the first. Other
// terms get -1.
func eachTermAt(text string, emit func(string, int32)) {
	text = nfkc(text)
	var han []int     // byte offsets of the current run of Han characters
	word := -1        // start of the current word, or -1
	at, first := 0, 0 // characters so far; where the run of Han characters starts
	flushHan := func(end int) {
		switch len(han) {
		case 0:
		case 1:
			emit(text[han[0]:end], int32(first))
		default:
			for i := 0; i+1 < len(han); i++ {
				stop := end
				if i+2 < len(han) {
					stop = han[i+2]
				}
				emit(text[han[i]:stop], int32(first+i))
			}
		}
		han = han[:0]
	}
	flushWord := func(end int) {
		if word >= 0 {
			emit(singular(strings.Map(unicode.ToLower, text[word:end])), -1)
			word = -1
		}
	}
	for i, r := range text {
		at++
		switch {
		case isHan(r):
			flushWord(i)
			if len(han) == 0 {
				first = at - 1
			}
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

// nfkc is norm.NFKC.String, quicker on text that is mostly NFKC already:
// ASCII and common Chinese characters and punctuation (see isStableRune),
// most of a Chinese site's text, which the analysis reads several times.
// A stable rune is a boundary that normalization neither crosses nor
// changes, so only the stretches between stable runes that hold anything
// else (full-width commas, say) are normalized, each on its own.
func nfkc(text string) string {
	var b []byte        // the text normalized up to done, once anything changed
	done, after := 0, 0 // after: the end of the last stable rune
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isStableRune(r) {
			i += size
			after = i
			continue
		}
		end := nextStable(text, i+size)
		if part := text[after:end]; !norm.NFKC.IsNormalString(part) {
			if b == nil {
				b = make([]byte, 0, len(text)+len(text)/8)
			}
			b = norm.NFKC.AppendString(append(b, text[done:after]...), part)
			done = end
		}
		i, after = end, end
	}
	if b == nil {
		return text
	}
	return string(append(b, text[done:]...))
}

// nextStable is where the first stable rune of text at or after i starts,
// or the text's end.
func nextStable(text string, i int) int {
	for i < len(text) {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isStableRune(r) {
			return i
		}
		i += size
	}
	return i
}

// isStableRune reports runes that are NFKC as they are and neither combine
// with nor reorder around their neighbours (quick check Yes, combining
// class 0; a test checks each against the norm package): CJK Unified
// Ideographs and the common Chinese punctuation.
func isStableRune(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || strings.ContainsRune(stablePunctuation, r)
}

const stablePunctuation = "、。〈〉《》「」『』【】〔〕‘’“”—"

// isHan is unicode.Is(unicode.Han, r), quicker for the common cases.
func isHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}
