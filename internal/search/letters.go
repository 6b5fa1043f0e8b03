package search

import (
	"regexp"
	"strings"
)

// maxSyllables bounds the words of letters that correctLetters joins: the
// syllables of a term typed apart (pei xun).
const maxSyllables = 4

// syllable matches a toneless pinyin syllable (and a few that are not:
// an initial and a final that never meet), lower-cased; search.js has
// the same pattern.
var syllable = regexp.MustCompile(`^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|vn)$`)

// span is a word of ASCII letters and digits in a query: runes [start, end).
type span struct{ start, end int }

// correctLetters replaces pinyin typed as letters, the input method off,
// by the site's term of that pinyin (the most frequent): a word of letters
// alone (no digit beside them) of three or more that no page has (peixun),
// or up to maxSyllables pinyin syllables typed apart, joined (pei xun, ke
// hu), when some of them is in no page. It reports whether it replaced
// one.
func (ix *Index) correctLetters(runes []rune) ([]rune, bool) {
	words := asciiWords(runes)
	var out []rune
	at, changed := 0, false
	for i := 0; i < len(words); {
		term, n := ix.typedWords(runes, words[i:])
		if n == 0 {
			i++
			continue
		}
		out = append(append(out, runes[at:words[i].start]...), []rune(term)...)
		at, i, changed = words[i+n-1].end, i+n, true
	}
	return append(out, runes[at:]...), changed
}

// asciiWords are the runs of ASCII letters and digits of a query.
func asciiWords(runes []rune) []span {
	var out []span
	for i := 0; i < len(runes); {
		if !isASCIIAlnum(runes[i]) {
			i++
			continue
		}
		j := i
		for j < len(runes) && isASCIIAlnum(runes[j]) {
			j++
		}
		out = append(out, span{i, j})
		i = j
	}
	return out
}

// typedWords is the site's term of the pinyin typed in the first words, and
// how many words it replaces: the most words first, joined when each is a
// syllable and only spaces or apostrophes stand between them; 0 when none
// is pinyin typed.
func (ix *Index) typedWords(runes []rune, words []span) (string, int) {
	for n := min(len(words), maxSyllables); n >= 1; n-- {
		joined, known := "", 0
		for k, w := range words[:n] {
			if k > 0 && strings.Trim(string(runes[words[k-1].end:w.start]), " '") != "" {
				joined = ""
				break
			}
			part := strings.ToLower(string(runes[w.start:w.end]))
			if n > 1 && !syllable.MatchString(part) {
				joined = ""
				break
			}
			joined += part
			if ix.inFields(singular(part)) {
				known++
			}
		}
		if joined == "" || n > 1 && known == n {
			continue
		}
		if term := ix.typedPinyin(joined); term != "" {
			return term, n
		}
	}
	return "", 0
}

// typedPinyin is the site's term whose pinyin word is, when word is of
// three letters or more and in no page; "" otherwise.
func (ix *Index) typedPinyin(word string) string {
	if len(word) < 3 || strings.IndexFunc(word, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 || ix.inFields(singular(word)) {
		return ""
	}
	if terms := ix.pinyinTerms()[word]; len(terms) > 0 {
		return terms[0]
	}
	return ""
}
