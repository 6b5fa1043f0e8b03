package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"golang.org/x/text/unicode/norm"
)

// Never an empty page: when a query finds nothing, the titles and key
// points nearest it are suggested; when it finds pages that leave some of
// its words out, those words are named. The site's JavaScript does both
// the same way (suggest and dropped in search.js).

// maxSuggestions is how many pages a query that found nothing suggests.
const maxSuggestions = 5

// Suggestion is a page suggested for a query that found nothing: its
// title, URL and a snippet with the query's characters marked.
type Suggestion struct {
	URL     string `json:"url"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"`
}

// units are a text's Han characters and lower-cased runs of letters and
// digits (the analyzer's tokens before bigrams), each once, in order.
func units(text string) []string {
	var out []string
	eachToken(norm.NFKC.Bytes([]byte(text)), func(term []byte, _, _ int, _ analysis.TokenType) {
		if u := string(term); !slices.Contains(out, u) {
			out = append(out, u)
		}
	})
	return out
}

// unitDocs maps each unit of the pages' titles and key points to the pages
// that have it: [0] in the title, [1] in a key point; in page order. It is
// made once and kept up to date by Update (see updateUnits).
func (ix *Index) unitDocs() map[string][2][]int32 {
	ix.pinyinMu.Lock()
	defer ix.pinyinMu.Unlock()
	if ix.unitPages == nil {
		ix.unitPages = buildUnitDocs(ix.Docs)
	}
	return ix.unitPages
}

func buildUnitDocs(docs []Doc) map[string][2][]int32 {
	out := map[string][2][]int32{}
	for i, d := range docs {
		for f := range 2 { // Fields[0] is the title, Fields[1] the key points
			for _, u := range units(d.fields[f]) {
				lists := out[u]
				lists[f] = append(lists[f], int32(i))
				out[u] = lists
			}
		}
	}
	return out
}

// Suggest returns the pages nearest a query: those whose title or key
// points share the most of its units (a unit counts 2 in the title, 1 in
// a key point), the earlier of equals, at most maxSuggestions. A page
// must share two of them, or the query's one: a page that shares one
// character of 怎么退货 (怎样通过员工满足客户的需求) is no answer to suggest.
func (ix *Index) Suggest(q string) []Suggestion {
	us := units(truncate(q))
	byUnit := ix.unitDocs()
	score, shared := map[int32]int{}, map[int32]int{}
	for _, u := range us {
		got := map[int32]int{}
		for f, docs := range byUnit[u] {
			for _, d := range docs {
				got[d] = max(got[d], 2-f)
			}
		}
		for d, s := range got {
			score[d] += s
			shared[d]++
		}
	}
	docs := make([]int32, 0, len(score))
	for d := range score {
		if shared[d] >= min(2, len(us)) {
			docs = append(docs, d)
		}
	}
	slices.SortFunc(docs, func(a, b int32) int {
		if score[a] != score[b] {
			return score[b] - score[a]
		}
		return int(a - b)
	})
	out := []Suggestion{}
	for _, i := range docs[:min(len(docs), maxSuggestions)] {
		d := ix.Docs[i]
		snippet, first := Snippet(d.Text, us)
		out = append(out, Suggestion{URL: d.Link(first), Title: d.Title, Snippet: snippet})
	}
	return out
}

// Dropped names the parts of a query that none of the pages found holds in
// any field it is searched on (title, text, and the key points, tags and
// headings the text lacks: missingText): each word of letters and digits
// (held too where its parts are: ISO 9001 for ISO9001),
// and each stretch of Han characters none of whose pairs the pages hold,
// unless it is a single character that a page holds (a lone character is
// searched for in every term that holds it: 记客户的名字 finds 记住客户名字).
// 怎么培训员工 finding pages without 怎么 names 怎么. A word of the
// lexicon's synonym sets is held where a page holds one of its set (客服
// where a page says 客户服务).
func Dropped(q string, found []Doc, lx *Lexicon) []string {
	texts := make([][]rune, len(found))
	for i, d := range found {
		texts[i] = lowerRunes([]rune(d.Title + "\n" + d.Text + "\n" + missingText(d)))
	}
	has := func(term string) bool {
		return slices.ContainsFunc(texts, func(text []rune) bool { return len(matchRanges(text, []string{term})) > 0 })
	}
	held := func(word string) bool { return slices.ContainsFunc(lx.alternatives(word), has) }
	out := []string{}
	for _, piece := range queryPieces(truncate(q)) {
		if len(piece) == 1 || !isLoneHan(piece[0]) {
			if w := strings.Join(piece, ""); !held(w) && !heldApart(w, has) {
				out = append(out, strings.Join(piece, ""))
			}
			continue
		}
		for _, s := range droppedHan(piece, has, lx.heldSynonyms(piece, held)) {
			if utf8.RuneCountInString(s) > 1 || !has(s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// droppedHan returns the stretches of a run of Han characters none of
// whose pairs has reports held, nor kept already marks.
func droppedHan(run []string, has func(string) bool, kept []bool) []string {
	for i := 0; i+1 < len(run); i++ {
		if has(run[i] + run[i+1]) {
			kept[i], kept[i+1] = true, true
		}
	}
	var out []string
	for i := 0; i < len(run); {
		if kept[i] {
			i++
			continue
		}
		j := i
		for j < len(run) && !kept[j] {
			j++
		}
		out = append(out, strings.Join(run[i:j], ""))
		i = j
	}
	return out
}

// queryPieces splits a query into its runs of Han characters (a character
// each) and its words of letters and digits (lower-cased, one each).
func queryPieces(q string) [][]string {
	var out [][]string
	prevEnd := -1
	for _, t := range (wordTokenizer{}).Tokenize(norm.NFKC.Bytes([]byte(q))) {
		han := t.Type == analysis.Ideographic
		if n := len(out); han && n > 0 && t.Start == prevEnd && isLoneHan(out[n-1][0]) {
			out[n-1] = append(out[n-1], string(t.Term))
		} else {
			out = append(out, []string{string(t.Term)})
		}
		prevEnd = t.End
	}
	return out
}
