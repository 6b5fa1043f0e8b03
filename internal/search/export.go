package search

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"maps"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"skillbook/internal/output"
	"skillbook/internal/pool"
)

// ExportDir is the output folder of the static search export.
const ExportDir = "search/"

// The export is a set of small JavaScript files, loaded as <script> so that
// search works from file:// too, where fetch() is blocked:
//
//	search/meta.js        the number of documents, the fields and their boosts (Phrases
//	                      apart: its postings are numbered after the fields'), the shard count,
//	                      the synonym sets and the optional words (see Lexicon)
//	search/t/<shard>.js   [shard, postings, characters]: postings map each term to
//	                      [[field, doc, freq, length, doc, freq, length…]…], each doc
//	                      number but the first given as the gap from the one before;
//	                      characters map each Han character, for one-character
//	                      queries, to the terms that contain it, and to its
//	                      first results when asked alone (chartop.go); pairs map
//	                      each Han bigram to the words of 3+ characters that start with it
//	search/d/<pack>.js    a pack of docPack documents by number (pack = doc / docPack):
//	                      each one's url, title, kind, course, text (for its snippet)
//	                      and its postings of the common terms
//	search/p/…            the postings of common terms, a file each (see blocks.go)
//
// Terms and characters go to shard fnv1a32(UTF-8) mod shards. A query loads
// meta.js, the shards of its terms, and the packs of the documents it shows.
// Packs and shared block files keep the export to a few thousand files on a
// site of 10,000 pages: static hosts limit the files of a site.

// shardTarget is about how many bytes of postings a shard should hold, and
// maxShards the most shards there are: a query fetches a shard per term.
const (
	shardTarget = 2 << 10
	maxShards   = 2048
)

// docPack is how many documents, consecutive by number, share a file: on
// real text a pack of four is about 28 KB (10 KB gzipped), and a query
// fetches one per result it shows. (Eight halved the packs' files at
// 10,000 skill points, 2,852 → 1,413, but doubled what each result costs.)
const docPack = 4

// Export writes the static search files.
func (ix *Index) Export() []output.File {
	ix.shards = ix.shardCount()
	ix.stale, ix.fresh = map[string]bool{}, map[string]output.File{}
	fieldList := make([][]any, len(Fields))
	for i, f := range Fields {
		fieldList[i] = []any{f.Name, f.Boost}
	}
	meta := map[string]any{"n": len(ix.Docs), "shards": ix.shards, "fields": fieldList, "phrase": []any{Phrases.Name, Phrases.Boost},
		"pack": docPack, "synonyms": ix.lexicon.Synonyms, "optional": ix.lexicon.Optional}
	ix.nearBytes = ix.nearSize()
	ix.nearShards = nearShardCount(ix.nearBytes)
	near := append(ix.nearFiles(nil), pinyinTableFiles()...)
	meta["near"] = nearMeta(ix.nearShards)
	files := append([]output.File{script("meta.js", "searchMeta", meta)}, near...)
	ix.common = ix.blockedTerms(slices.Collect(maps.Keys(ix.postings)))
	ix.commonKey = map[string]string{}
	counts := map[int]int{}
	for _, term := range ix.common {
		k := Shard(term, ix.shards)
		ix.commonKey[term] = fmt.Sprintf("%d-%d", k, counts[k])
		counts[k]++
	}
	all := make(map[int]bool, ix.shards)
	for i := range ix.shards {
		all[i] = true
	}
	files = append(files, ix.shardFiles(all)...)
	return append(files, ix.packFiles()...)
}

// packsAtOnce is how many packs packFiles makes at a time: gathering every
// document's common postings at once took 100 MB more at the end of a
// 10,000-point build, when its memory peaks.
const packsAtOnce = 64

// packFiles writes every pack, packsAtOnce at a time, on every core.
func (ix *Index) packFiles() []output.File {
	packs := make([]output.File, (len(ix.Docs)+docPack-1)/docPack)
	for start := 0; start < len(packs); start += packsAtOnce {
		end := min(len(packs), start+packsAtOnce)
		common := ix.commonByDoc(int32(start*docPack), int32(min(len(ix.Docs), end*docPack)))
		pool.Each(end-start, func(i int) {
			from := i * docPack
			packs[start+i] = ix.packFile(start+i, common[from:min(len(common), from+docPack)])
		})
		ix.emit(packs[start:end])
	}
	return packs
}

// shardFiles writes the given term shards, and the whole postings of their
// common terms, on every core. They are encoded by hand: an edit under
// `serve` rewrites the shards of all its terms, common ones with postings
// for every page among them, and encoding/json took 200 ms of it.
func (ix *Index) shardFiles(want map[int]bool) []output.File {
	terms := map[int][]string{}
	chars := map[int][]string{}
	for term := range ix.postings {
		if k := Shard(term, ix.shards); want[k] {
			terms[k] = append(terms[k], term)
		}
	}
	for c := range ix.charTerms {
		if k := Shard(c, ix.shards); want[k] {
			chars[k] = append(chars[k], c)
		}
	}
	pairs := map[int][]string{}
	for p := range ix.longer {
		if k := Shard(p, ix.shards); want[k] {
			pairs[k] = append(pairs[k], p)
		}
	}
	shards := slices.Sorted(maps.Keys(want))
	written := make([][]output.File, len(shards))
	pool.Each(len(shards), func(i int) {
		k := shards[i]
		blocked := ix.blockedTerms(terms[k])
		shard := output.File{Path: shardPath(k), Data: ix.encodeShard(k, terms[k], blocked, chars[k], pairs[k])}
		written[i] = ix.emit(append([]output.File{shard}, ix.wholeFiles(k, blocked)...))
	})
	return slices.Concat(written...)
}

// encodeShard writes Skillbook.searchTerms([k, {term: postings…}, {char:
// [terms…]…}, {pair: [longer words…]…}, {char: its first results…}, {char:
// [size, weight]…}]); with
// the keys sorted, as encoding/json would. Blocked terms get their entry
// instead of their postings. The pairs are Han bigrams and the words of
// three characters or more that start with them (longerIndex): a query's
// bigrams' shards tell it which of its words the site has. A character's
// first results are those of a query of that character alone (chartop.go).
func (ix *Index) encodeShard(k int, terms, blockedTerms, chars, pairs []string) []byte {
	slices.Sort(terms)
	b := []byte("Skillbook.searchTerms([")
	b = strconv.AppendInt(b, int64(k), 10)
	b = append(b, ",{"...)
	for i, term := range terms {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, term)
		b = append(b, ':')
		if n, ok := slices.BinarySearch(blockedTerms, term); ok {
			i, _ := slices.BinarySearch(ix.common, term)
			b = appendBlockedEntry(b, fmt.Sprintf("%d-%d", k, n), i, ix.postings[term])
		} else {
			b = appendPostings(b, ix.postings[term])
		}
	}
	b = append(b, "},"...)
	b = appendLists(b, chars, ix.charTerms)
	b = append(b, ',')
	b = appendLists(b, pairs, ix.longer)
	b = append(b, ',')
	b = ix.appendCharTops(b, chars)
	b = append(b, ',')
	b = ix.appendCharWeights(b, chars)
	return append(b, "]);\n"...)
}

// appendLists writes {key: [strings…]…} for the given keys, sorted.
func appendLists(b []byte, keys []string, lists map[string][]string) []byte {
	slices.Sort(keys)
	b = append(b, '{')
	for i, c := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, c)
		b = append(b, ":["...)
		for j, term := range lists[c] {
			if j > 0 {
				b = append(b, ',')
			}
			b = appendString(b, term)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendPostings writes a term's postings: for each field that has the term,
// [field, doc, freq, length, doc gap, freq, length, …].
func appendPostings(b []byte, fields [][]Posting) []byte {
	b = append(b, '[')
	b = appendFields(b, fields, func(b []byte, f int, ps []Posting) []byte {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(f), 10)
		prev := int32(0)
		for _, p := range ps {
			for _, n := range []int32{p.Doc - prev, p.Freq, p.Length} {
				b = append(b, ',')
				b = strconv.AppendInt(b, int64(n), 10)
			}
			prev = p.Doc
		}
		return append(b, ']')
	})
	return append(b, ']')
}

// appendFields writes, comma-separated, what write makes of each field
// that has postings.
func appendFields(b []byte, fields [][]Posting, write func(b []byte, field int, ps []Posting) []byte) []byte {
	first := true
	for f, ps := range fields {
		if len(ps) == 0 {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = write(b, f, ps)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	q, _ := json.Marshal(s)
	return append(b, q...)
}

// packFile writes pack p: its documents, each with its postings of the
// common (blocked) terms, so that a query left with few candidates can
// fetch their packs — which it shows anyway — instead of a block per
// candidate and common term:
//
//	Skillbook.searchDocs([pack, [[{url, title, …}, {"l": [length of each field], "t": [term, field, freq…]}]…]]);
func (ix *Index) packFile(p int, common []docCommon) output.File {
	b := []byte("Skillbook.searchDocs([")
	b = strconv.AppendInt(b, int64(p), 10)
	b = append(b, ",["...)
	for j, c := range common {
		d := ix.Docs[p*docPack+j]
		doc, _ := json.Marshal(packDoc{d, missingText(d)})
		if j > 0 {
			b = append(b, ',')
		}
		b = append(append(append(b, '['), doc...), ',')
		b = append(ix.appendCommon(b, c), ']')
	}
	return output.File{Path: packPath(p), Data: append(b, "]]);\n"...)}
}

// packDoc is a document as its pack holds it: with the lines of its key
// points, tags and headings that its title and text lack, so that the
// client can tell every term a document holds from the pack alone (see
// charGroup in search.js).
type packDoc struct {
	Doc
	Extra string `json:"x,omitempty"`
}

// missingText is the lines of a document's key points, tags and headings
// that are not in its title or text, one a line.
func missingText(d Doc) string {
	var out []string
	for _, f := range []int{1, 2, 3} {
		if f >= len(d.fields) {
			break
		}
		for line := range strings.Lines(d.fields[f]) {
			line = strings.TrimSuffix(line, "\n")
			if line != "" && !strings.Contains(d.Text, line) && !strings.Contains(d.Title, line) {
				out = append(out, line)
			}
		}
	}
	return strings.Join(out, "\n")
}

// packCommon gathers the common postings of the documents of pack p.
func (ix *Index) packCommon(p int) []docCommon {
	return ix.commonByDoc(int32(p*docPack), int32(min(len(ix.Docs), (p+1)*docPack)))
}

// appendCommon writes a document's common postings as
// {"l": [length of each field], "t": [term, field, freq, term, field, freq…]}
// where term is the term's number among the common terms (the "i" of its
// shard entry), given as the gap from the one before (0: the same term in
// another field): a term's text in every document was 40 % of the packs.
func (ix *Index) appendCommon(b []byte, common docCommon) []byte {
	lengths := make([]int32, fieldCount)
	for _, c := range common {
		lengths[c.field] = c.length
	}
	b = append(b, `{"l":[`...)
	for f, n := range lengths {
		if f > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	b = append(b, `],"t":[`...)
	prev := int32(0)
	for j, c := range common {
		if j > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(c.term-prev), 10)
		b = strconv.AppendInt(append(b, ','), int64(c.field), 10)
		b = strconv.AppendInt(append(b, ','), int64(c.freq), 10)
		prev = c.term
	}
	return append(b, "]}"...)
}

// docCommon is a document's postings of the common terms, in the order of
// ix.common (terms by their index there).
type docCommon []commonPosting

type commonPosting struct {
	term, field, freq, length int32
}

// commonByDoc gathers the postings of the common terms of the documents
// numbered from lo up to hi.
func (ix *Index) commonByDoc(lo, hi int32) []docCommon {
	out := make([]docCommon, hi-lo)
	for t, term := range ix.common {
		for f, ps := range ix.postings[term] {
			i, _ := slices.BinarySearchFunc(ps, lo, byDoc)
			for _, p := range ps[i:] {
				if p.Doc >= hi {
					break
				}
				out[p.Doc-lo] = append(out[p.Doc-lo], commonPosting{int32(t), int32(f), p.Freq, p.Length})
			}
		}
	}
	return out
}

func shardPath(k int) string { return fmt.Sprintf("%st/%d.js", ExportDir, k) }

func packPath(p int) string { return fmt.Sprintf("%sd/%d.js", ExportDir, p) }

// shardCount is a power of two that gives shards of about shardTarget bytes.
func (ix *Index) shardCount() int {
	n := max(1, ix.size/shardTarget)
	return min(maxShards, 1<<bits.Len(uint(n-1)))
}

// termSize estimates the bytes a term's postings take in the export.
func (all postings) termSize(term string) int {
	fields, ok := all[term]
	if !ok {
		return 0
	}
	size := len(term) + 8
	for _, ps := range fields {
		size += len(ps) * 10
	}
	return size
}

// Shard is the shard a term or character belongs to.
func Shard(term string, shards int) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(term))
	return int(h.Sum32() % uint32(shards))
}

// script wraps data in a call that the search client defines.
func script(name, fn string, data any) output.File {
	b, _ := json.Marshal(data)
	js := make([]byte, 0, len(b)+40)
	js = append(js, "Skillbook."+fn+"("...)
	js = append(js, b...)
	js = append(js, ");\n"...)
	return output.File{Path: ExportDir + name, Data: js}
}
