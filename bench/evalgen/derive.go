package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"skillbook/internal/search"
)

// source is a skill point: its URL, its title and key points (phrases),
// and its text.
type source struct {
	url, text string
	phrases   []string
}

// judged is a derived query, its class and the pages that answer it.
type judged struct {
	class, text string
	answers     []string
}

// deriver derives queries from the sources' phrases.
type deriver struct {
	sources []source
	words   func(string) []string // a segmenter
	// homophone maps a character to the commonest other character of the
	// sources' text with its pinyin (what an input method offers first).
	homophone map[rune]rune
}

func newDeriver(sources []source, segment func(string) []string) *deriver {
	return &deriver{sources: sources, words: segment, homophone: homophones(sources)}
}

// classes are the transformations, in the order of docs/search.md.
var classes = []struct {
	name   string
	derive func(d *deriver, words []string, n int) (string, bool)
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
					out = append(out, judged{class.name, q.text, d.answers(k, q.phrase)})
					break
				}
			}
		}
	}
	return out
}

type derived struct{ text, phrase string }

// fromSource derives a query from a source's phrases, the title first for
// even n, a key point first for odd n.
func (d *deriver) fromSource(s source, n int, derive func(*deriver, []string, int) (string, bool)) (derived, bool) {
	order := slices.Clone(s.phrases)
	if n%2 == 1 && len(order) > 1 {
		order = append(order[1:], order[0])
	}
	for _, p := range order {
		words := d.wordsOf(p)
		if q, ok := derive(d, words, n); ok && q != strings.Join(words, "") {
			return derived{q, strings.Join(words, "")}, true
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

// answers are the source page and every other whose title or key point
// holds the phrase the query came from (punctuation and spaces left out).
func (d *deriver) answers(k int, phrase string) []string {
	out := []string{d.sources[k].url}
	for i, s := range d.sources {
		if i != k && slices.ContainsFunc(s.phrases, func(p string) bool { return strings.Contains(strings.Join(d.wordsOf(p), ""), phrase) }) {
			out = append(out, s.url)
		}
	}
	return out
}

var questionForms = []string{"怎么%s", "如何%s", "%s是什么", "什么是%s", "%s怎么做", "为什么要%s", "%s有哪些要求", "%s吗"}

// question puts the phrase into a question form, one after another.
func (d *deriver) question(words []string, n int) (string, bool) {
	if len(words) < 2 {
		return "", false
	}
	return fmt.Sprintf(questionForms[n%len(questionForms)], strings.Join(words, "")), true
}

// reorder moves the last word to the front.
func (d *deriver) reorder(words []string, n int) (string, bool) {
	if len(words) < 2 {
		return "", false
	}
	return words[len(words)-1] + strings.Join(words[:len(words)-1], ""), true
}

// dropped leaves out the middle word of a phrase of three words or more.
func (d *deriver) dropped(words []string, n int) (string, bool) {
	if len(words) < 3 {
		return "", false
	}
	return strings.Join(slices.Delete(slices.Clone(words), len(words)/2, len(words)/2+1), ""), true
}

var addedForms = []string{"%s的方法", "关于%s", "%s的要求", "%s注意事项", "做好%s", "%s技巧"}

// added adds a word, one form after another.
func (d *deriver) added(words []string, n int) (string, bool) {
	if len(words) < 2 {
		return "", false
	}
	return fmt.Sprintf(addedForms[n%len(addedForms)], strings.Join(words, "")), true
}

// synonyms are the replacements of the synonym class, both ways.
var synonyms = map[string]string{
	"客户": "顾客", "顾客": "客户", "员工": "职工", "职工": "员工", "与": "和", "和": "与", "及": "和",
	"提高": "提升", "提升": "提高", "企业": "公司", "公司": "企业", "方法": "办法", "办法": "方法",
	"培训": "训练", "训练": "培训", "问题": "难题", "重要": "关键",
}

// synonym replaces the first word of the table by its synonym.
func (d *deriver) synonym(words []string, n int) (string, bool) {
	for i, w := range words {
		if s, ok := synonyms[w]; ok && len(words) >= 2 {
			out := slices.Clone(words)
			out[i] = s
			return strings.Join(out, ""), true
		}
	}
	return "", false
}

// pinyin replaces the last character of the longest word of two or more
// Han characters by its commonest homophone in the sources' text.
func (d *deriver) pinyin(words []string, n int) (string, bool) {
	best := -1
	for i, w := range words {
		if r := []rune(w); len(r) >= 2 && search.PinyinKey(w) != "" && (best < 0 || len(r) > len([]rune(words[best]))) {
			if _, ok := d.homophone[r[len(r)-1]]; ok {
				best = i
			}
		}
	}
	if best < 0 {
		return "", false
	}
	out := slices.Clone(words)
	r := []rune(out[best])
	r[len(r)-1] = d.homophone[r[len(r)-1]]
	out[best] = string(r)
	return strings.Join(out, ""), true
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
