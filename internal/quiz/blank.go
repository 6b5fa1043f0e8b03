package quiz

import (
	"unicode"
	"unicode/utf8"

	"skillbook/internal/segmenter"
)

// drillWords cuts key points with the shared dictionary alone: a site's
// own terms (its titles, key points and headings, which search keeps
// whole) would make a short key point one word, and its blank the whole
// key point.
var drillWords = segmenter.New(nil)

// blankSpan picks the word of a key point to blank out in its fill drill,
// as byte offsets: the last of its content words of two characters or
// more (a segmenter's words: a blank never cuts a word and never holds
// only function words); Chinese key points mostly end on what they are
// about. A text without Han characters blanks its longest word.
// start == end when there is nothing to blank.
func blankSpan(text string) (start, end int) {
	if hs, he := longestRun(text, isHan); he == hs {
		return longestRun(text, isWordRune)
	}
	var best *segmenter.Word
	ws := drillWords.Cut(text)
	for i := range ws {
		w := &ws[i]
		if !segmenter.IsContent(*w) || utf8.RuneCountInString(w.Text) < 2 {
			continue
		}
		best = w
	}
	if best == nil {
		return 0, 0
	}
	return best.Start, best.End
}

// longestRun returns the offsets of the longest stretch of runes for which
// ok holds, the first of the longest.
func longestRun(text string, ok func(rune) bool) (int, int) {
	bs, be, cur := 0, 0, -1
	for i, r := range text {
		switch {
		case ok(r) && cur < 0:
			cur = i
		case !ok(r) && cur >= 0:
			if i-cur > be-bs {
				bs, be = cur, i
			}
			cur = -1
		}
	}
	if cur >= 0 && len(text)-cur > be-bs {
		bs, be = cur, len(text)
	}
	return bs, be
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
