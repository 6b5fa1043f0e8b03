package search

import (
	"runtime"
	"strings"

	"skillbook/internal/pool"
)

// analyzeDocs computes every term's postings the way bleve counts them.
// Documents are analysed in
// parallel, a chunk at a time; their terms are gathered in document order,
// also in parallel, each core taking its own part of the terms (see
// partOf). Each part numbers its terms and records the postings in
// order first, then puts them in lists of their exact length (see
// termPart.fill): lists grown by append, a map lookup by term text for
// each of 10.5 million postings, and the garbage of both took most of the
// analysis at 10,000 skill points of real text (325,380 terms).
//
// It returns, beside the postings, the positions
// of the pairs of Han characters (Posting.Pos) and the fields' lengths
// (see fieldLengths).
func analyzeDocs(docs []Doc) (postings, []int32, []int32) {
	parts := make([]*termPart, runtime.GOMAXPROCS(0))
	for w := range parts {
		parts[w] = newTermPart()
	}
	lengths := make([]int32, len(docs)*fieldCount)
	const chunk = 256
	counted := make([][]fieldTerms, chunk)
	for start := 0; start < len(docs); start += chunk {
		n := min(chunk, len(docs)-start)
		pool.Each(n, func(i int) {
			counted[i] = countFieldsInto(counted[i], docs[start+i].fields)
			setLengths(lengths, start+i, counted[i])
		})
		pool.Each(len(parts), func(w int) {
			for i, fields := range counted[:n] {
				parts[w].record(int32(start+i), fields, w, len(parts))
			}
		})
	}
	size, npos := 0, 0
	for _, part := range parts { // one at a time: the records of those filled are let go
		part.fill(int32(npos))
		size += len(part.terms)
		npos += part.npos
	}
	all := make(postings, size)
	pos := make([]int32, 0, npos)
	for _, part := range parts {
		for _, block := range part.pos {
			pos = append(pos, block...)
		}
		part.pos = nil
		for id, term := range part.terms {
			all[term] = part.lists[id*fieldCount : (id+1)*fieldCount : (id+1)*fieldCount]
		}
	}
	return all, pos, lengths
}

// setLengths records document doc's fields' lengths, as counted, in
// lengths (see fieldLengths).
func setLengths(lengths []int32, doc int, fields []fieldTerms) {
	for f, ft := range fields {
		lengths[doc*fieldCount+f] = int32(ft.length)
	}
}

// partOf is the part of the terms a term is gathered into, of parts.
func partOf(term string, parts int) int {
	if term == "" {
		return 0
	}
	return int(term[len(term)-1]) % parts
}

// termPart gathers the postings of one part of the terms. Each term gets a
// number when first seen; short terms (most of them: a Han character or
// bigram) are found by their bytes packed in a number, which is quicker
// to hash and compare than a string.
type termPart struct {
	short *termTable // terms of up to 7 bytes (packTerm)
	long  map[string]int32
	terms []string // by number
	// counts holds each term's postings in each field, at
	// number*fieldCount+field; lists, once filled, the postings there.
	counts []int32
	lists  [][]Posting
	// recs holds every posting's term and frequency in document order,
	// in blocks; segs where each document's field ends in recs.
	recs [][]termFreq
	segs []segment
	n    int32 // postings recorded
	// pos holds the positions of the part's pairs (Posting.Pos), npos of
	// them, in blocks of at least recBlock (one grown by append took 275 MB
	// of garbage at 10,000 skill points).
	pos  [][]int32
	npos int
}

// termFreq is a posting recorded: its term and count, the count negated
// when its positions are kept (they follow those of the part's postings
// recorded before it in pos). Eight bytes: at 50,000 skill points the
// records of 58 million postings are in memory with the lists they fill.
type termFreq struct{ id, freq int32 }

// segment is a document's field among the recorded postings: they end
// before posting number end.
type segment struct{ doc, field, end int32 }

// recBlock is how many postings a block of recs holds.
const recBlock = 1 << 16

func newTermPart() *termPart {
	return &termPart{short: newTermTable(), long: map[string]int32{}}
}

// record adds a document's postings of the terms of part w of parts.
func (p *termPart) record(doc int32, fields []fieldTerms, w, parts int) {
	for f, ft := range fields {
		before := p.n
		for _, tc := range ft.terms {
			if parts > 1 && partOf(tc.term, parts) != w {
				continue
			}
			id := p.id(tc.term)
			p.counts[int(id)*fieldCount+f]++
			if len(p.recs) == 0 || len(p.recs[len(p.recs)-1]) == recBlock {
				p.recs = append(p.recs, make([]termFreq, 0, recBlock))
			}
			last := &p.recs[len(p.recs)-1]
			freq := tc.freq
			if tc.at >= 0 {
				p.addPositions(ft.pos[tc.at : tc.at+tc.freq])
				freq = -freq
			}
			*last = append(*last, termFreq{id, freq})
			p.n++
		}
		if p.n > before {
			p.segs = append(p.segs, segment{doc, int32(f), p.n})
		}
	}
}

// addPositions adds a posting's positions to the part's, in one block.
func (p *termPart) addPositions(pos []int32) {
	if len(p.pos) == 0 || cap(p.pos[len(p.pos)-1])-len(p.pos[len(p.pos)-1]) < len(pos) {
		p.pos = append(p.pos, make([]int32, 0, max(recBlock, len(pos))))
	}
	last := &p.pos[len(p.pos)-1]
	*last = append(*last, pos...)
	p.npos += len(pos)
}

// id returns a term's number, giving it one when it is new.
func (p *termPart) id(term string) int32 {
	if len(term) <= 7 {
		k := packTerm(term)
		if id, ok := p.short.get(k); ok {
			return id
		}
		id := p.add(term)
		p.short.put(k, id)
		return id
	}
	if id, ok := p.long[term]; ok {
		return id
	}
	id := p.add(term)
	p.long[p.terms[id]] = id
	return id
}

// add numbers a new term; its text is copied, not a view that keeps the
// whole document's text alive.
func (p *termPart) add(term string) int32 {
	p.terms = append(p.terms, strings.Clone(term))
	p.counts = append(p.counts, make([]int32, fieldCount)...)
	return int32(len(p.terms) - 1)
}

// packTerm packs a term of up to 7 bytes into a number: its length in the
// top byte, its bytes below.
func packTerm(term string) uint64 {
	k := uint64(len(term)) << 56
	for i := 0; i < len(term); i++ {
		k |= uint64(term[i]) << (8 * i)
	}
	return k
}

// fill puts the recorded postings into lists of their exact length, all in
// one array of numbers (nothing for the garbage collector to scan), and
// lets the records go; the part's positions are numbered from base, where
// its pos goes among all the parts'. A list that grows later (Update)
// moves out of it. Each list is filled through a cursor of 4 bytes rather
// than its slice (24): the 2.3 million lists are written in no order, so
// the fewer bytes they touch, the fewer misses of the cache.
func (p *termPart) fill(base int32) {
	slab := make([]Posting, p.n)
	next := make([]int32, len(p.counts)) // where each list's next posting goes
	at := int32(0)
	for i, c := range p.counts {
		next[i] = at
		at += c
	}
	r, kept := int32(0), base // kept: positions of the postings filled
	for _, s := range p.segs {
		for ; r < s.end; r++ {
			tf := p.recs[r/recBlock][r%recBlock]
			ps := Posting{Doc: s.doc, Freq: tf.freq}
			if tf.freq < 0 {
				ps.Freq, ps.Pos = -tf.freq, kept+1
				kept += ps.Freq
			}
			i := int(tf.id)*fieldCount + int(s.field)
			slab[next[i]] = ps
			next[i]++
		}
	}
	p.recs, p.segs = nil, nil
	p.lists = make([][]Posting, len(p.counts))
	for i, c := range p.counts {
		if c > 0 {
			p.lists[i] = slab[next[i]-c : next[i] : next[i]]
		}
	}
	p.counts = nil
}
