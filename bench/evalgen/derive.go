package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"skillbook/internal/search"
)

// source is a page: its URL, its title and key points (phrases), its
// title, key points and headings (lines: where a page says what it is
// about), and its text. Queries come from skill points' phrases; any
// page's lines may answer them.
type source struct {
	url, text string
	phrases   []string
	lines     []string
}

// judged is a derived query, its class and the pages that answer it.
type judged struct {
	class, text string
	answers     []string
}

// deriver derives queries from the sources' phrases.
type deriver struct {
	sources []source
	pages   []source              // the pages that may answer: skill points and library articles
	words   func(string) []string // a segmenter
	// homophone maps a character to the commonest other character of the
	// sources' text with its pinyin (what an input method offers first).
	homophone map[rune]rune
}

func newDeriver(sources, pages []source, segment func(string) []string) *deriver {
	return &deriver{sources: sources, pages: pages, words: segment, homophone: homophones(sources)}
}

// classes are the transformations, in the order of docs/search.md.
var classes = []struct {
	name   string
	derive func(d *deriver, words []string, n int) (string, [][]string, bool)
}{
	{"question", (*deriver).question},
	{"reorder", (*deriver).reorder},
	{"dropped", (*deriver).dropped},
	{"added", (*deriver).added},
	{"synonym", (*deriver).synonym},
	{"pinyin", (*deriver).pinyin},
}

// all derives perClass queries of each class: class c's n-th query comes
// from the first source, from source (6n + c) × stride on, with a phrase
// the transformation applies to (the title for even n, a key point for
// odd n, when they can), each source used once.
func (d *deriver) all() []judged {
	var out []judged
	stride := max(1, len(d.sources)/(len(classes)*perClass))
	used := map[int]bool{}
	for c, class := range classes {
		for n := 0; n < perClass; n++ {
			for i := (len(classes)*n + c) * stride; i < len(d.sources)+(len(classes)*n+c)*stride; i++ {
				k := i % len(d.sources)
				if used[k] {
					continue
				}
				if q, ok := d.fromSource(d.sources[k], n, class.derive); ok {
					used[k] = true
					out = append(out, judged{class.name, q.text, d.answers(k, q.content)})
					break
				}
			}
		}
	}
	return out
}

// derived is a query and what it asks: the words of the phrase it came
// from that it keeps, each with the forms that stand for it.
type derived struct {
	text    string
	content [][]string
}

// fromSource derives a query from a source's phrases, the title first for
// even n, a key point first for odd n.
func (d *deriver) fromSource(s source, n int, derive func(*deriver, []string, int) (string, [][]string, bool)) (derived, bool) {
	order := slices.Clone(s.phrases)
	if n%2 == 1 && len(order) > 1 {
		order = append(order[1:], order[0])
	}
	for _, p := range order {
		words := d.wordsOf(p)
		if q, content, ok := derive(d, words, n); ok && q != strings.Join(words, "") {
			return derived{q, content}, true
		}
	}
	return derived{}, false
}

// wordsOf segments a phrase into its words, leaving out punctuation and
// spaces (trainees do not type them).
func (d *deriver) wordsOf(phrase string) []string {
	var out []string
	for _, w := range d.words(phrase) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0 {
			out = append(out, strings.TrimSpace(w))
		}
	}
	return out
}

// answers are the source page and every other whose title, a key point
// or a heading holds every word the query kept of its phrase, in one of
// its forms, in any order (punctuation and spaces left out): the query
// asks no more than that, so each such page answers it as well.
func (d *deriver) answers(k int, content [][]string) []string {
	out := []string{d.sources[k].url}
	for _, s := range d.pages {
		if s.url != out[0] && slices.ContainsFunc(s.lines, func(l string) bool { return holdsAll(strings.Join(d.wordsOf(l), ""), content) }) {
			out = append(out, s.url)
		}
	}
	return out
}

// holdsAll reports whether line holds every word, in one of its forms.
func holdsAll(line string, content [][]string) bool {
	for _, forms := range content {
		if !slices.ContainsFunc(forms, func(f string) bool { return strings.Contains(line, f) }) {
			return false
		}
	}
	return true
}

// asIs is each word as its only form.
func asIs(words []string) [][]string {
	out := make([][]string, len(words))
	for i, w := range words {
		out[i] = []string{w}
	}
	return out
}

var questionForms = []string{"怎么%s", "如何%s", "%s是什么", "什么是%s", "%s怎么做", "为什么要%s", "%s有哪些要求", "%s吗"}

// question puts the phrase into a question form, one after another.
func (d *deriver) question(words []string, n int) (string, [][]string, bool) {
	if len(words) < 2 {
		return "", nil, false
	}
	return fmt.Sprintf(questionForms[n%len(questionForms)], strings.Join(words, "")), asIs(words), true
}

// reorder moves the last word to the front.
func (d *deriver) reorder(words []string, n int) (string, [][]string, bool) {
	if len(words) < 2 {
		return "", nil, false
	}
	return words[len(words)-1] + strings.Join(words[:len(words)-1], ""), asIs(words), true
}

// dropped leaves out the middle word of a phrase of three words or more.
func (d *deriver) dropped(words []string, n int) (string, [][]string, bool) {
	if len(words) < 3 {
		return "", nil, false
	}
	kept := slices.Delete(slices.Clone(words), len(words)/2, len(words)/2+1)
	return strings.Join(kept, ""), asIs(kept), true
}

var addedForms = []string{"%s的方法", "关于%s", "%s的要求", "%s注意事项", "做好%s", "%s技巧"}

// added adds a word, one form after another.
func (d *deriver) added(words []string, n int) (string, [][]string, bool) {
	if len(words) < 2 {
		return "", nil, false
	}
	return fmt.Sprintf(addedForms[n%len(addedForms)], strings.Join(words, "")), asIs(words), true
}

// synonyms are the replacements of the synonym class, both ways.
var synonyms = map[string]string{
	"客户": "顾客", "顾客": "客户", "员工": "职工", "职工": "员工", "与": "和", "和": "与", "及": "和",
	"提高": "提升", "提升": "提高", "企业": "公司", "公司": "企业", "方法": "办法", "办法": "方法",
	"培训": "训练", "训练": "培训", "问题": "难题", "重要": "关键",
}

// synonym replaces the first word of the table by its synonym.
func (d *deriver) synonym(words []string, n int) (string, [][]string, bool) {
	for i, w := range words {
		if s, ok := synonyms[w]; ok && len(words) >= 2 {
			out := slices.Clone(words)
			out[i] = s
			content := asIs(words)
			content[i] = []string{w, s}
			return strings.Join(out, ""), content, true
		}
	}
	return "", nil, false
}

// pinyin replaces the last character of the longest word of two or more
// Han characters by its commonest homophone in the sources' text.
func (d *deriver) pinyin(words []string, n int) (string, [][]string, bool) {
	best := -1
	for i, w := range words {
		if r := []rune(w); len(r) >= 2 && search.PinyinKey(w) != "" && (best < 0 || len(r) > len([]rune(words[best]))) {
			if _, ok := d.homophone[r[len(r)-1]]; ok {
				best = i
			}
		}
	}
	if best < 0 {
		return "", nil, false
	}
	out := slices.Clone(words)
	r := []rune(out[best])
	r[len(r)-1] = d.homophone[r[len(r)-1]]
	out[best] = string(r)
	return strings.Join(out, ""), asIs(words), true
}

// homophones maps each Han character of the sources' text to the commonest
// other one with the same pinyin (the earlier in Unicode of equals).
func homophones(sources []source) map[rune]rune {
	count := map[rune]int{}
	for _, s := range sources {
		for _, r := range s.text + strings.Join(s.phrases, "") {
			if unicode.Is(unicode.Han, r) {
				count[r]++
			}
		}
	}
	byKey := map[string][]rune{}
	for r := range count {
		if key := search.PinyinKey(string([]rune{r, r})); key != "" {
			byKey[key] = append(byKey[key], r)
		}
	}
	out := map[rune]rune{}
	for _, rs := range byKey {
		slices.SortFunc(rs, func(a, b rune) int {
			if count[a] != count[b] {
				return count[b] - count[a]
			}
			return int(a - b)
		})
		for _, r := range rs {
			if h := rs[0]; h != r {
				out[r] = h
			} else if len(rs) > 1 {
				out[r] = rs[1]
			}
		}
	}
	return out
}
