package quiz

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joiners are the characters after which a Chinese phrase's last content
// words usually start: 的, 要, 是… The blank of a key point's fill drill is
// the run of Han characters after the last of them.
const joiners = "的要是和与及对在把有为让使给将从向于以并而或"

// blankSpan picks the words of a key point to blank out in its fill drill,
// as byte offsets: the Han characters after the last joiner of the longest
// stretch of Han text (two to four of them), else the last four characters
// of that stretch (two when it is shorter than six: Chinese words are
// mostly two characters long), else the longest Latin word. It returns
// start == end when the text has nothing to blank.
func blankSpan(text string) (start, end int) {
	hs, he := longestRun(text, isHan)
	if n := utf8.RuneCountInString(text[hs:he]); n >= 3 {
		run := text[hs:he]
		if i := lastJoiner(run); i >= 0 {
			from := hs + i + len("的")
			if k := utf8.RuneCountInString(text[from:he]); k >= 2 && k <= 4 {
				return from, he
			}
		}
		if n >= 6 {
			return tail(text, hs, he, 4)
		}
		return tail(text, hs, he, 2)
	}
	return longestRun(text, isWordRune)
}

// lastJoiner returns the byte offset of the last joiner in run that is not
// its first character, or -1.
func lastJoiner(run string) int {
	best := -1
	for i, r := range run {
		if i > 0 && strings.ContainsRune(joiners, r) {
			best = i
		}
	}
	return best
}

// tail returns the last n runes of text[start:end], as offsets.
func tail(text string, start, end, n int) (int, int) {
	from := end
	for ; n > 0 && from > start; n-- {
		_, size := utf8.DecodeLastRuneInString(text[start:from])
		from -= size
	}
	return from, end
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
