package search

import (
	"html"
	"slices"
	"strings"
	"unicode"
)

// Snippet lengths, in characters.
const (
	snippetBefore = 20
	snippetLength = 80
)

// Snippet returns a short piece of text around the best match, HTML-escaped,
// the matches marked with <mark>, and where that best match is in text, in
// characters (-1: none). The best match is the longest run of the terms
// (overlapping bigrams make one run), of the longest the rarest (see
// bestRange): where the query stands whole, such as the key point it was
// typed from, rather than the first place one of its words occurs. The
// site's JavaScript builds the same snippet the same way.
func Snippet(text string, terms []string) (string, int) {
	runes := []rune(strings.ReplaceAll(strings.TrimRight(text, "\n"), "\n", " "))
	lower := lowerRunes(runes)
	ranges := matchRanges(lower, terms)
	start, first := 0, -1
	if len(ranges) > 0 {
		best := bestRange(runes, ranges)
		first = best[0]
		start = clauseStart(runes, max(0, first-snippetBefore), first)
	}
	start, end := wholeWords(runes, start, first)
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := start
	for _, r := range ranges {
		from, to := max(r[0], pos), min(r[1], end)
		if from >= to {
			continue
		}
		b.WriteString(html.EscapeString(string(runes[pos:from])))
		b.WriteString("<mark>" + html.EscapeString(string(runes[from:to])) + "</mark>")
		pos = to
	}
	b.WriteString(html.EscapeString(string(runes[pos:end])))
	if end < len(runes) {
		b.WriteString("…")
	}
	return b.String(), first
}

// bestRange is the best match of ranges: the longest, of those as long the
// one whose text the page has the fewest times (员工怎么着装: the one 着装,
// not the first of many 员工), the first of those.
func bestRange(runes []rune, ranges [][2]int) [2]int {
	times := map[string]int{}
	for _, r := range ranges {
		times[string(runes[r[0]:r[1]])]++
	}
	best := ranges[0]
	for _, r := range ranges {
		n, b := r[1]-r[0], best[1]-best[0]
		if n > b || n == b && times[string(runes[r[0]:r[1]])] < times[string(runes[best[0]:best[1]])] {
			best = r
		}
	}
	return best
}

// wholeWords moves a snippet's ends off the middle of a word of Latin
// text: its start forward to the next word, but not past the best match
// (first), then its end, snippetLength characters on, back to the start of
// the word it cuts, unless that word is all the snippet would hold. Spaces
// at a cut are left out. Chinese text, without spaces, is cut anywhere.
func wholeWords(runes []rune, start, first int) (int, int) {
	if start > 0 && inLatinWord(runes, start) {
		s := start
		for s < len(runes) && isLatinRune(runes[s]) {
			s++
		}
		for s < len(runes) && runes[s] == ' ' {
			s++
		}
		if s <= first {
			start = s
		}
	}
	end := min(len(runes), start+snippetLength)
	if end == len(runes) {
		return start, end
	}
	e := end
	if inLatinWord(runes, end) {
		for e > start && isLatinRune(runes[e-1]) {
			e--
		}
	}
	for e > start && runes[e-1] == ' ' {
		e--
	}
	if e > start && e > first {
		end = e
	}
	return start, end
}

// clauseStart moves a snippet's start that cuts a clause (Chinese text
// is cut anywhere: "…述 客户服务培训") forward to where the next one
// begins, after a space or a mark (，。；：！？、, and the ASCII forms that
// the index's NFKC folding makes of most of them) and the spaces after
// it, when that is not past the best match (first).
func clauseStart(runes []rune, start, first int) int {
	if start == 0 || isClauseMark(runes[start-1]) {
		return start
	}
	for i := start; i < first; i++ {
		if isClauseMark(runes[i]) {
			for i++; i < first && runes[i] == ' '; i++ {
			}
			return i
		}
	}
	return start
}

// isClauseMark reports a character after which a clause begins; search.js's
// CLAUSE_MARK is the same set.
func isClauseMark(r rune) bool { return strings.ContainsRune(" ，。；：！？、,;:!?", r) }

// inLatinWord reports whether a cut before runes[i] falls inside a word.
func inLatinWord(runes []rune, i int) bool {
	return isLatinRune(runes[i-1]) && isLatinRune(runes[i])
}

// isLatinRune reports a letter of a script written with spaces between
// words (Latin, Greek, Cyrillic), or an ASCII digit; search.js's
// LATIN_WORD is the same set.
func isLatinRune(r rune) bool {
	return r >= '0' && r <= '9' || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
}

// lowerRunes lower-cases each character on its own, as the analyzer does.
func lowerRunes(runes []rune) []rune {
	out := make([]rune, len(runes))
	for i, r := range runes {
		out[i] = unicode.ToLower(r)
	}
	return out
}

// matchRanges finds every occurrence of every term in text and merges the
// overlapping ones: [start, end) pairs in characters, sorted.
func matchRanges(text []rune, terms []string) [][2]int {
	var ranges [][2]int
	for _, t := range terms {
		term := []rune(t)
		for i := 0; i+len(term) <= len(text); i++ {
			if slices.Equal(text[i:i+len(term)], term) {
				ranges = append(ranges, [2]int{i, i + len(term)})
			}
		}
	}
	slices.SortFunc(ranges, func(a, b [2]int) int { return a[0] - b[0] })
	var merged [][2]int
	for _, r := range ranges {
		if n := len(merged); n > 0 && r[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], r[1])
		} else {
			merged = append(merged, r)
		}
	}
	return merged
}
