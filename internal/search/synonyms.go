package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// builtinSynonyms are words a trainee uses for one another, a set each: a
// query word stands for every word of its sets. A site adds its own with
// `search.synonyms:` in skillbook.yaml.
var builtinSynonyms = [][]string{
	{"如何", "怎么", "怎样", "怎么样"},
	{"与", "和", "及", "跟", "同"},
	{"顾客", "客户"},
	{"职工", "员工"},
	{"提高", "提升"},
	{"企业", "公司"},
	{"方法", "办法"},
	{"培训", "训练"},
}

// optionalWords are question and function words: a query need not find
// them (see plan). 的, 了 and the like carry no meaning of their own;
// 怎么, 如何 and 什么 ask, and the page that answers does not say them.
var optionalWords = []string{
	"怎么", "怎样", "怎么样", "如何", "什么", "为什么", "为何", "哪些", "哪个", "怎么办",
	"吗", "呢", "吧", "啊", "的", "地", "得", "了", "着", "要", "做", "进行", "是",
	"与", "和", "及", "跟", "同",
	"该", "应该", "需要", "一下", "请问", "我", "我们", "你", "可以", "能",
}

// Lexicon is what cutting a query into words knows beside the site's
// vocabulary: the synonym sets and the optional words. It ships in
// search/meta.js, so the browser cuts queries the same way.
type Lexicon struct {
	Synonyms [][]string
	Optional []string
	optional map[string]bool
	sets     map[string][]int // the sets each word is in
	longest  int              // the longest word, in characters
	edges    map[rune]rune    // the classes pairs are filed by (shardKey)
}

// newLexicon is the built-in lexicon with a site's synonym sets added,
// each word folded to NFKC and lower case as queries are.
func newLexicon(siteSynonyms [][]string) *Lexicon {
	lx := &Lexicon{optional: map[string]bool{}, sets: map[string][]int{}}
	for _, set := range append(slices.Clone(builtinSynonyms), siteSynonyms...) {
		var folded []string
		for _, w := range set {
			if w = strings.Map(unicode.ToLower, norm.NFKC.String(w)); w != "" && !slices.Contains(folded, w) {
				folded = append(folded, w)
			}
		}
		if len(folded) < 2 {
			continue
		}
		for _, w := range folded {
			lx.sets[w] = append(lx.sets[w], len(lx.Synonyms))
			lx.longest = max(lx.longest, utf8.RuneCountInString(w))
		}
		lx.Synonyms = append(lx.Synonyms, folded)
	}
	lx.edges = edgeClasses(lx.Synonyms)
	lx.Optional = optionalWords
	for _, w := range optionalWords {
		lx.optional[w] = true
		lx.longest = max(lx.longest, utf8.RuneCountInString(w))
	}
	return lx
}

// has reports a word the lexicon knows.
func (lx *Lexicon) has(w string) bool { return lx.optional[w] || lx.sets[w] != nil }

// alternatives are a word and its synonyms, each once: the word first,
// then the words of its sets in the order of the table.
func (lx *Lexicon) alternatives(w string) []string {
	out := []string{w}
	for _, s := range lx.sets[w] {
		for _, v := range lx.Synonyms[s] {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// heldSynonyms marks the characters of a run of Han characters that stand
// in a word of its synonym sets that held reports held.
func (lx *Lexicon) heldSynonyms(run []string, held func(string) bool) []bool {
	return lx.marked(len(run), func(i, j int) string { return strings.Join(run[i:j], "") },
		func(w string) bool { return lx.sets[w] != nil && held(w) })
}

// within marks the characters of a run that stand in a word of two
// characters or more that the lexicon knows.
func (lx *Lexicon) within(run []rune) []bool {
	return lx.marked(len(run), func(i, j int) string { return string(run[i:j]) }, lx.has)
}

// marked marks the characters of a run of n that stand in a word of two
// characters up to the lexicon's longest that ok reports; word(i, j) is
// the run's characters i to j.
func (lx *Lexicon) marked(n int, word func(i, j int) string, ok func(string) bool) []bool {
	out := make([]bool, n)
	for i := range n {
		for end := i + 2; end <= min(n, i+lx.longest); end++ {
			if ok(word(i, end)) {
				for j := i; j < end; j++ {
					out[j] = true
				}
			}
		}
	}
	return out
}
