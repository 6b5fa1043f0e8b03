package search

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	pinyin "github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

// Pinyin slips: a Chinese input method turns the pinyin a trainee types
// into characters, and a hurried choice gives a homophone (陪训 for 培训,
// 客护 for 客户). A query term that is in no page is looked up by its
// pinyin among the site's terms, and the query is searched with the
// site's term in its place (see Correct).

// pinyinFirst and pinyinLast bound the characters whose pinyin is known,
// to Go and to the site's JavaScript alike (which gets the table of this
// range from the export): CJK Extension A and the Unified Ideographs.
const (
	pinyinFirst = 0x3400
	pinyinLast  = 0x9fff
)

// charPinyin is a character's pinyin without tones, its most common
// reading (go-pinyin's first), or "" when it has none.
func charPinyin(r rune) string {
	if r < pinyinFirst || r > pinyinLast {
		return ""
	}
	return pinyinOf()[r-pinyinFirst]
}

// pinyinOf holds the pinyin of every character from pinyinFirst to
// pinyinLast, looked up once: go-pinyin styles each reading with regular
// expressions, which took most of the time of keying a site's terms, and
// an edit under `serve` keys the terms of the edited page.
var pinyinOf = sync.OnceValue(func() []string {
	args := pinyin.NewArgs()
	table := make([]string, pinyinLast-pinyinFirst+1)
	for i := range table {
		if p := pinyin.SinglePinyin(rune(pinyinFirst+i), args); len(p) > 0 {
			table[i] = p[0]
		}
	}
	return table
})

// PinyinKey is a term's pinyin, its characters' readings run together
// ("培训" → "peixun"), or "" unless it is two or more characters that all
// have a reading. It is how a bigram, or a word, is looked up by sound.
func PinyinKey(term string) string {
	if utf8.RuneCountInString(term) < 2 {
		return ""
	}
	var b strings.Builder
	for _, r := range term {
		p := charPinyin(r)
		if p == "" {
			return ""
		}
		b.WriteString(p)
	}
	return b.String()
}

// pinyinShare: a slip is replaced only by a term that one page in
// pinyinShare has (or, on a site of fewer pages, one page): a term the
// site uses, not a pair of characters met by chance across two words.
const pinyinShare = 100

// soundsLike reports whether term, with these postings, may replace a
// pinyin slip: a term one page in pinyinShare uses, and a word — the
// segmenter keeps it whole (信任, 倾听), where a pair met across two words
// (心人 of 开心人, 务院 of 国务院) made 新人培训 心人培训.
// A word of the lexicon's synonym sets always may (see lexiconFirst).
func (ix *Index) soundsLike(term string, fields [][]Posting) bool {
	if ix.lexicon.sets[term] != nil {
		return true
	}
	if fieldPostings(fields) < max(1, len(ix.Docs)/pinyinShare) {
		return false
	}
	if ix.words == nil {
		return true
	}
	words := ix.words.Split(term)
	return len(words) == 1 && words[0].Text == term
}

// pinyinTable maps a pinyin key to the site's terms that sound so, most
// frequent first (postings in Fields, then the terms' order).
type pinyinTable map[string][]string

// buildPinyinTable keys every term of the postings that has a pinyin key
// and that sounds reports a slip's replacement.
func buildPinyinTable(all postings, sounds func(string, [][]Posting) bool) pinyinTable {
	table := pinyinTable{}
	sizes := map[string]int{}
	for term, fields := range all {
		key := PinyinKey(term)
		if key == "" {
			continue
		}
		sizes[term] = fieldPostings(fields)
		if sounds(term, fields) {
			table[key] = append(table[key], term)
		}
	}
	for _, terms := range table {
		sortBySize(terms, sizes)
	}
	return table
}

// fieldPostings counts a term's postings in Fields: how often the site
// uses it, for the pinyin table.
func fieldPostings(fields [][]Posting) int {
	n := 0
	for _, ps := range fields[:min(len(fields), len(Fields))] {
		n += len(ps)
	}
	return n
}

// sortBySize sorts a pinyin key's terms, most postings first, then in
// their order.
func sortBySize(terms []string, sizes map[string]int) {
	slices.SortFunc(terms, func(a, b string) int {
		if sizes[a] != sizes[b] {
			return sizes[b] - sizes[a]
		}
		return strings.Compare(a, b)
	})
}

// pinyinTerms returns the table of the current postings, built once and
// kept up to date by Update (see updatePinyin).
func (ix *Index) pinyinTerms() pinyinTable {
	ix.pinyinMu.Lock()
	defer ix.pinyinMu.Unlock()
	if ix.pinyin == nil {
		ix.pinyin = buildPinyinTable(ix.postings, ix.soundsLike)
		ix.lexiconFirst()
	}
	return ix.pinyin
}

// lexiconFirst puts the words of the lexicon's synonym sets first among
// the terms of their pinyin, whether pages have them or not: a trainee's
// words (kefu is 客服, the site's synonym of 客户服务, before 克服).
func (ix *Index) lexiconFirst() {
	for _, set := range ix.lexicon.Synonyms {
		for _, w := range set {
			if key := PinyinKey(w); key != "" {
				terms := slices.DeleteFunc(ix.pinyin[key], func(t string) bool { return t == w })
				ix.pinyin[key] = append([]string{w}, terms...)
			}
		}
	}
}

// SamePinyin returns the site's terms that sound like term (tones
// ignored), most frequent first, term itself left out.
func (ix *Index) SamePinyin(term string) []string {
	key := PinyinKey(term)
	if key == "" {
		return nil
	}
	var out []string
	for _, t := range ix.pinyinTerms()[key] {
		if t != term {
			out = append(out, t)
		}
	}
	return out
}

// inFields reports a term that some page has in one of Fields.
func (ix *Index) inFields(term string) bool { return ix.groupSize([]string{term}) > 0 }

// aWord reports a term that some page has as a word of its own (its words
// field), not only as two characters side by side: pages have 护客 only
// across 保护 and 客户. A query's pair that pages have the other way round
// as a word is another word order (务服 for 服务), not a pinyin slip; 客护
// is 客户 mistyped.
func (ix *Index) aWord(term string) bool {
	f := ix.postings[term]
	return wordsField < len(f) && len(f[wordsField]) > 0
}

// Correct returns the query with its pinyin slips replaced, and whether
// one was. In each run of Han characters, a bigram that no page has is
// replaced by the first of the site's terms of the same pinyin (most
// frequent first) that fits: the pairs it makes with the characters
// beside it are in some page too, and it changes no character of an
// earlier replacement nor of a question or function word (keptChars).
// 陪训员工 becomes 培训员工, 客护服务 客户服务 (pages have 户服), 公思的
// 公司的 (and 司的); 记客户 stays (即可 would make 可户), and so does
// 培训火星 (训活 would make 活星). A pair that pages have the other way
// round as a word is another word order, not a slip: 务服 stays (pages
// have 服务), while 客护 becomes 客户 (pages have 护客 only across words,
// in 保护客户: aWord).
// Pinyin typed as letters, the input method off, is a slip too: a word
// of three letters or more that no page has and that is the pinyin of a
// site's term becomes that term (peixun → 培训, kehu → 客户), and so do
// its syllables typed apart (pei xun, ke hu: correctLetters). First of
// all, an ordinal in digits becomes the pages' Chinese numerals (第6章 →
// 第六章: correctOrdinals). The query is NFKC-folded when changed.
func (ix *Index) Correct(q string) (string, bool) {
	runes, changed := ix.correctOrdinals([]rune(norm.NFKC.String(truncate(q))))
	for start := 0; start < len(runes); {
		end := start
		for end < len(runes) && unicode.Is(unicode.Han, runes[end]) {
			end++
		}
		if end-start >= 2 && ix.correctRun(runes[start:end]) {
			changed = true
		}
		start = end + 1
	}
	runes, typed := ix.correctLetters(runes)
	if !changed && !typed {
		return q, false
	}
	return string(runes), true
}

func isASCIIAlnum(r rune) bool { return r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// keptChars are the characters of question and function words, kept as
// typed: 什么是 is not 什么事, nor 规模是多少 规模式多少.
const keptChars = "是的了吗呢么什怎哪"

// correctRun replaces the slips of one run of Han characters in place.
func (ix *Index) correctRun(run []rune) bool {
	found := make([]bool, len(run)-1) // bigram i is in some page
	for i := range found {
		found[i] = ix.inFields(string(run[i : i+2]))
	}
	asked := slices.Clone(run)
	known, replaced := ix.lexicon.within(run), make([]bool, len(run)) // of a word the lexicon knows; of a replacement
	changed := false
	// may reports whether character j may become c: not a character of an
	// earlier replacement, of a word the lexicon knows, nor of keptChars;
	// and the pair beside the one replaced (other), if there is one, must
	// hold no character of an earlier replacement and be in some page once
	// changed (倾停客户: 听客, beside 客户, a word the lexicon knows).
	may := func(j, other int, c rune) bool {
		switch {
		case c == run[j]:
			return true
		case replaced[j] || known[j] || strings.ContainsRune(keptChars, run[j]):
			return false
		case other < 0 || other >= len(found):
			return true
		case replaced[other] || replaced[other+1]:
			return false
		}
		pair := []rune{run[other], run[other+1]}
		pair[j-other] = c
		return ix.inFields(string(pair))
	}
	for i, ok := range found {
		if ok || ix.aWord(string([]rune{asked[i+1], asked[i]})) {
			continue // a pair that pages have, or have the other way round as a word (an other word order, not a slip)
		}
		for _, t := range ix.SamePinyin(string(asked[i : i+2])) {
			c := []rune(t)
			if len(c) != 2 || !may(i, i-1, c[0]) || !may(i+1, i+1, c[1]) {
				continue
			}
			run[i], run[i+1], replaced[i], replaced[i+1], changed = c[0], c[1], true, true, true
			break
		}
	}
	return changed
}
