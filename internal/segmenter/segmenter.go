// Package segmenter cuts Chinese text into words: gse's way (a pure-Go
// word segmenter, github.com/go-ego/gse: the cut of least total distance
// over its dictionary, see cut.go), with a word list cut from its
// dictionary (the words seen 20 times or more: scripts/gen-zhdict), and a
// site's own terms kept whole.
// The fill drills blank whole words with it; search indexes a page's words
// with it.
package segmenter

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Word is one word of a text: its byte offsets, its text, and its part of
// speech as gse tags it ("n" for a site's own term).
type Word struct {
	Start, End int
	Text, Pos  string
}

// Segmenter cuts text with the shared dictionary, keeping a site's own
// terms whole. It is not changed after New, so builds running at once
// (tests, `serve`'s rebuilds) each have their own and share only the
// dictionary, which nobody changes.
type Segmenter struct {
	terms map[string]bool
	// lengths holds, for each first character of a term, the lengths of
	// the terms that start with it, in bytes, longest first.
	lengths map[rune][]int
}

// New makes a segmenter that keeps each of terms whole; terms of one
// character are left out (与 would split 参与).
func New(terms []string) *Segmenter {
	s := &Segmenter{terms: make(map[string]bool, len(terms)), lengths: map[rune][]int{}}
	for _, t := range terms {
		if utf8.RuneCountInString(t) < 2 || s.terms[t] {
			continue
		}
		s.terms[t] = true
		r, _ := utf8.DecodeRuneInString(t)
		if ls := s.lengths[r]; !slices.Contains(ls, len(t)) {
			s.lengths[r] = append(ls, len(t))
			slices.SortFunc(s.lengths[r], func(a, b int) int { return b - a })
		}
	}
	return s
}

// With returns a segmenter that keeps more terms whole, s unchanged.
func (s *Segmenter) With(terms []string) *Segmenter {
	all := make([]string, 0, len(s.terms)+len(terms))
	for t := range s.terms {
		all = append(all, t)
	}
	return New(append(all, terms...))
}

// Cut cuts text into words: the site's terms first, longest first from the
// left, and what lies between them with the dictionary. It returns nil
// when the dictionary's words do not add up to the text.
func (s *Segmenter) Cut(text string) []Word { return s.cut(text, true) }

// Split is Cut without the parts of speech (Pos is ""), a third faster.
func (s *Segmenter) Split(text string) []Word { return s.cut(text, false) }

// AppendSplit appends Split's words of text to out, and returns out as it
// was when Split's would be nil: a caller that cuts many texts can use
// one list again (the search index cuts every page, and new lists were a
// twelfth of a build's garbage).
func (s *Segmenter) AppendSplit(out []Word, text string) []Word {
	return s.appendCut(out, text, false)
}

func (s *Segmenter) cut(text string, pos bool) []Word {
	if out := s.appendCut(nil, text, pos); len(out) > 0 {
		return out
	}
	return nil
}

// appendCut appends the words of text to out (see Cut), or none.
func (s *Segmenter) appendCut(out []Word, text string, pos bool) []Word {
	before := len(out)
	gap := 0
	ok := true
	for i := 0; i < len(text) && ok; {
		n := s.termAt(text, i)
		if n == 0 {
			i++
			continue
		}
		out, ok = cutGap(out, text, gap, i, pos)
		out = append(out, Word{i, i + n, text[i : i+n], "n"})
		i += n
		gap = i
	}
	if ok {
		out, ok = cutGap(out, text, gap, len(text), pos)
	}
	if !ok {
		return out[:before]
	}
	return out
}

// termAt returns the length in bytes of the longest term at byte i of text
// (0: none, or i is inside a character).
func (s *Segmenter) termAt(text string, i int) int {
	if len(s.terms) == 0 || !isRuneStart(text[i]) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	for _, n := range s.lengths[r] {
		if n <= len(text)-i && s.terms[text[i:i+n]] {
			return n
		}
	}
	return 0
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// cutGap appends the dictionary's words of text[from:to], with their
// parts of speech if pos; false when they do not add up to it.
func cutGap(out []Word, text string, from, to int, pos bool) ([]Word, bool) {
	if from == to {
		return out, true
	}
	return dictionary().cut(out, text[from:to], from, pos)
}

// IsContent reports words that carry meaning — nouns, verbs, adjectives,
// idioms and set phrases — as against function words (的, 和, 了,
// pronouns, prepositions, adverbs, numbers, punctuation).
func IsContent(w Word) bool {
	return w.Pos != "" && strings.ContainsRune("nvailj", rune(w.Pos[0]))
}
