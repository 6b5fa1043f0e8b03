package search

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"skillbook/internal/segmenter"
)

// Words is the field of a page's Chinese words: every word of two Han
// characters or more that the segmenter (internal/segmenter) cuts its
// title, tags and text into, the page's own terms kept whole (see
// pageTerms), a term per line. Its terms are the site's vocabulary:
// queries are cut into words over it (see segmentQuery), so the browser
// needs no dictionary.
var Words = Field{"words", 1}

// wordsField is the index of Words among Fields.
const wordsField = 5

// wordsText is the Words field of a document whose other fields are set.
func wordsText(seg *segmenter.Segmenter, fields []string) string {
	if seg == nil {
		return ""
	}
	seg = seg.With(pageTerms(fields))
	s := wordScratches.Get().(*wordScratch)
	defer wordScratches.Put(s)
	s.text = s.text[:0]
	for _, f := range []int{0, 2, 4} { // title, tags, text (which holds the key points and headings)
		s.words = seg.AppendSplit(s.words[:0], nfkc(fields[f]))
		for _, w := range s.words {
			if isHanWord(w.Text) {
				if len(s.text) > 0 {
					s.text = append(s.text, '\n')
				}
				s.text = append(s.text, w.Text...)
			}
		}
	}
	clear(s.words[:cap(s.words)]) // let go of the texts they were cut from
	return string(s.text)
}

// wordScratch is what wordsText cuts a page's texts into and writes its
// words in, used again from page to page: new for each, the lists were a
// twelfth of a build's garbage.
type wordScratch struct {
	words []segmenter.Word
	text  []byte
}

var wordScratches = sync.Pool{New: func() any { return new(wordScratch) }}

// pageTerms are a page's own terms, for the segmenter to keep whole: the
// runs of two to four Han characters of its title, key points and headings
// (longer runs are sentences, not terms). A page's own, not the whole
// site's: then an edit under `serve` changes the words of the edited page
// alone, and the site's terms still reach every query through the
// vocabulary.
func pageTerms(fields []string) []string {
	var out []string
	for _, text := range []string{fields[0], fields[1], fields[3]} {
		for _, run := range hanRuns(nfkc(text)) {
			if n := utf8.RuneCountInString(run); n >= 2 && n <= 4 && !slices.Contains(out, run) {
				out = append(out, run)
			}
		}
	}
	return out
}

// isHanWord reports a word of two Han characters or more and nothing else.
func isHanWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	return n >= 2
}

// SiteTerms are a site's own terms, for the segmenter to keep whole: the
// runs of two to six Han characters of its pages' titles, key points and
// headings (longer runs are sentences, not terms).
func SiteTerms(docs []Doc) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		out = appendTerms(out, seen, d.fields[0], d.fields[1], d.fields[3])
	}
	return out
}

func appendTerms(out []string, seen map[string]bool, texts ...string) []string {
	for _, text := range texts {
		for _, run := range hanRuns(nfkc(text)) {
			if n := utf8.RuneCountInString(run); n >= 2 && n <= 6 && !seen[run] {
				seen[run] = true
				out = append(out, run)
			}
		}
	}
	return out
}

// hanRuns returns the runs of Han characters of text.
func hanRuns(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
}

// isWord reports an indexed word.
func (ix *Index) isWord(w string) bool {
	fields := ix.postings[w]
	return fields != nil && len(fields[wordsField]) > 0
}

// longerIndex maps each Han bigram to the indexed words of three
// characters or more that start with it, sorted: what a query's words are
// cut from, shipped in the bigram's shard.
func longerIndex(all postings) map[string][]string {
	out := map[string][]string{}
	for term, fields := range all {
		if len(fields[wordsField]) > 0 && utf8.RuneCountInString(term) >= 3 {
			p := prefix2(term)
			out[p] = append(out[p], term)
		}
	}
	for _, ws := range out {
		slices.Sort(ws)
	}
	return out
}

// prefix2 is the first two characters of a word.
func prefix2(w string) string {
	_, a := utf8.DecodeRuneInString(w)
	_, b := utf8.DecodeRuneInString(w[a:])
	return w[:a+b]
}

// updateLonger brings longerIndex up to date for a term a document gained
// or lost, and records the shard concerned.
func (ix *Index) updateLonger(term string, shards map[int]bool) {
	if utf8.RuneCountInString(term) < 3 || !isHanWord(term) {
		return
	}
	p := prefix2(term)
	list := ix.longer[p]
	j, found := slices.BinarySearch(list, term)
	switch present := ix.isWord(term); {
	case present && !found:
		list = slices.Insert(list, j, term)
	case !present && found:
		list = slices.Delete(list, j, j+1)
	default:
		return
	}
	if len(list) == 0 {
		delete(ix.longer, p)
	} else {
		ix.longer[p] = list
	}
	if ix.shards > 0 {
		shards[ix.termShard(p)] = true
	}
}
