package search

import (
	"math"
	"slices"
	"strconv"
	"sync"
)

// A query of one Han character stands for every term that holds it (see
// relax): hundreds of terms on real text, each in its own shard, so the
// client would fetch hundreds of files. So each character's shard also
// holds the first charTopDocs results of the character asked alone, as
// Search ranks them, with their scores:
//
//	{char: [documents that match in all, doc, score, doc, score…]}
//
// A one-character query then fetches meta.js, that shard and the packs of
// the results it shows. Asked for more results than the list holds, or with
// other terms, the client expands the character as before. Twenty-one: the
// results page's first two pages of ten, and one more, which it asks for
// to tell whether 更多结果 (more results) has any.
const charTopDocs = 21

// scoreDigits is how many significant digits the export gives a score or a
// weight: the browser's results must match bleve's within 1e-9 (the
// parity test), and the shortest exact form took 17.
const scoreDigits = 13

// scoredDoc is a document and its score for a query.
type scoredDoc struct {
	doc   int32
	score float64
}

// rankScratch is the per-document space rankGroup adds scores up in,
// reused from one character to the next, and idf, the idf of every
// document frequency (idfTable).
type rankScratch struct {
	sum     []float64
	count   []int32
	touched []int32
	leaves  []rankLeaf
	idf     []float64
}

// rankLeaf is a term query of rankGroup: a term's postings in one field.
type rankLeaf struct {
	postings   []Posting
	field      int
	idf, boost float64
}

var rankScratches sync.Pool

// getRankScratch returns scratch space for docs documents; put it back
// into rankScratches when done.
func getRankScratch(docs int) *rankScratch {
	if s, ok := rankScratches.Get().(*rankScratch); ok && len(s.sum) == docs {
		return s
	}
	return &rankScratch{sum: make([]float64, docs), count: make([]int32, docs), idf: idfTable(docs)}
}

// idfTable is bleve's idf, 1 + ln(docs / (df + 1)), of every document
// frequency df from 0 to docs: looked up rather than computed, as it was
// for each of a character's hundreds of terms in each field (0.4 s of a
// build at 10,000 skill points).
func idfTable(docs int) []float64 {
	t := make([]float64, docs+1)
	for df := range t {
		t[df] = idf(docs, df)
	}
	return t
}

// idf is bleve's idf of a term in df of docs documents.
func idf(docs, df int) float64 { return 1 + math.Log(float64(docs)/float64(df+1)) }

// idfOf is the idf of a term in df of the documents the scratch is for.
func (s *rankScratch) idfOf(df int) float64 {
	if df < len(s.idf) {
		return s.idf[df]
	}
	return idf(len(s.sum), df)
}

// rankGroup ranks, as Search ranks a query of one level (bleve's TF-IDF
// with the fields' boosts: see query and search.js's rank, which compute
// the same sums in the same order), the documents of a query of one group
// of terms, with its phrase and its own terms in the body as the optional
// clauses: every document that has a term of the group in one of Fields.
// It returns the best k, best first, the lower document number first
// among equals, and how many documents match in all.
func (ix *Index) rankGroup(group []string, exact string, near []string, s *rankScratch, k int) ([]scoredDoc, int) {
	type leaf = rankLeaf
	sumSq := 0.0
	newLeaf := func(fields [][]Posting, field int, boost float64) leaf {
		var ps []Posting
		if field < len(fields) {
			ps = fields[field]
		}
		l := leaf{ps, field, s.idfOf(len(ps)), boost}
		w := l.boost * l.idf
		sumSq += w * w
		return l
	}
	termFields := func(term string) [][]Posting {
		if term == "" {
			return nil
		}
		return ix.postings[term]
	}
	leaves := s.leaves[:0]
	defer func() { s.leaves = leaves[:0] }()
	for _, t := range group {
		fields := termFields(t) // looked up once: the map is large, a lookup a cache miss
		for fi, f := range Fields {
			leaves = append(leaves, newLeaf(fields, fi, f.Boost))
		}
	}
	optional := []leaf{newLeaf(termFields(exact), phraseField, Phrases.Boost)}
	for _, t := range near {
		optional = append(optional, newLeaf(termFields(t), bodyField, Fields[bodyField].Boost))
	}
	qn := 1 / math.Sqrt(sumSq)
	for _, l := range leaves {
		weight := l.boost * l.idf * qn
		for _, p := range l.postings {
			if s.count[p.Doc] == 0 {
				s.touched = append(s.touched, p.Doc)
			}
			s.sum[p.Doc] += float64(termScore(p.Freq, ix.fieldLength(p.Doc, l.field), l.idf, weight))
			s.count[p.Doc]++
		}
	}
	type extra struct {
		sum   float64
		count int
	}
	extras := map[int32]extra{}
	for _, l := range optional {
		weight := l.boost * l.idf * qn
		for _, p := range l.postings {
			e := extras[p.Doc]
			extras[p.Doc] = extra{e.sum + float64(termScore(p.Freq, ix.fieldLength(p.Doc, l.field), l.idf, weight)), e.count + 1}
		}
	}
	top := make([]scoredDoc, 0, k+1)
	leafCount := float64(len(group) * len(Fields))
	for _, d := range s.touched {
		score := s.sum[d] * (float64(s.count[d]) / leafCount)
		if e, ok := extras[d]; ok {
			score += e.sum * (float64(e.count) / float64(len(optional)))
		}
		top = keepBest(top, scoredDoc{d, score}, k)
		s.sum[d], s.count[d] = 0, 0
	}
	matches := len(s.touched)
	s.touched = s.touched[:0]
	return top, matches
}

// keepBest adds h to top, the best k so far in order, if it is among them.
func keepBest(top []scoredDoc, h scoredDoc, k int) []scoredDoc {
	better := func(a, b scoredDoc) bool { return a.score > b.score || a.score == b.score && a.doc < b.doc }
	if len(top) == k && (k == 0 || !better(h, top[k-1])) {
		return top
	}
	i := len(top)
	for i > 0 && better(h, top[i-1]) {
		i--
	}
	top = slices.Insert(top, i, h)
	return top[:min(len(top), k)]
}

// termScore is a term query's score for one posting, of freq in a field
// of length terms: √freq × norm × idf × the leaf's weight, the norm
// rounded to float32 as bleve stores it.
func termScore(freq, length int32, idf, weight float64) float64 {
	norm := float64(float32(1 / math.Sqrt(float64(length))))
	return math.Sqrt(float64(freq)) * norm * idf * weight
}

// appendCharTop writes a character's entry: how many documents match it,
// then the first charTopDocs of them with their scores.
func (ix *Index) appendCharTop(b []byte, c string, s *rankScratch) []byte {
	top, matches := ix.rankGroup(ix.charTerms[c], Phrase(c), []string{c}, s, charTopDocs)
	b = strconv.AppendInt(append(b, '['), int64(matches), 10)
	for _, h := range top {
		b = strconv.AppendInt(append(b, ','), int64(h.doc), 10)
		b = strconv.AppendFloat(append(b, ','), h.score, 'g', scoreDigits, 64)
	}
	return append(b, ']')
}

// appendCharWeights writes {char: [size, weight, {common term: its
// entry…}]…} for the given
// characters, sorted: what a query's lone character weighs as the group of
// every term that holds it — the group's size (groupSize) and its terms'
// share of the query norm (the sum over its terms and Fields of (boost ×
// idf)², in the order search.js adds them up). With them the client can
// rank a query whose other terms leave few candidates from the terms
// those candidates hold alone, instead of fetching a shard for each term
// that holds the character (see search.js's charGroup).
func (ix *Index) appendCharWeights(b []byte, chars []string) []byte {
	scratch := getRankScratch(len(ix.Docs))
	defer rankScratches.Put(scratch)
	b = append(b, '{')
	for i, c := range slices.Sorted(slices.Values(chars)) {
		if i > 0 {
			b = append(b, ',')
		}
		sq, size := 0.0, 0
		for _, t := range ix.charTerms[c] {
			fields := ix.postings[t]
			for fi, f := range Fields {
				df := 0
				if fi < len(fields) {
					df = len(fields[fi])
				}
				size += df // as groupSize counts
				w := f.Boost * scratch.idfOf(df)
				sq += w * w
			}
		}
		b = append(appendString(b, c), ":["...)
		b = strconv.AppendInt(b, int64(size), 10)
		b = strconv.AppendFloat(append(b, ','), sq, 'g', scoreDigits, 64)
		b = append(ix.appendCommonEntries(append(b, ','), ix.charTerms[c]), ']')
	}
	return append(b, '}')
}

// appendCommonEntries writes {term: its shard entry…} for the common
// terms among terms: a page's common terms that hold a character then need
// no shard of their own (their postings are in the page's pack).
func (ix *Index) appendCommonEntries(b []byte, terms []string) []byte {
	b = append(b, '{')
	first := true
	for _, t := range terms {
		i, ok := slices.BinarySearch(ix.common, t)
		if !ok {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendBlockedEntry(append(appendString(b, t), ':'), ix.commonKey[t], i, ix.postings[t])
	}
	return append(b, '}')
}

// appendCharTops writes {char: its entry…} for the given characters, sorted.
func (ix *Index) appendCharTops(b []byte, chars []string) []byte {
	scratch := getRankScratch(len(ix.Docs))
	defer rankScratches.Put(scratch)
	b = append(b, '{')
	for i, c := range slices.Sorted(slices.Values(chars)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(appendString(b, c), ':')
		b = ix.appendCharTop(b, c, scratch)
	}
	return append(b, '}')
}
