package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"maps"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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
//	search/t/<shard>.js   [shard, postings, characters, pairs, tops, weights]: postings
//	                      map each term to its postings (compact.go), or a common
//	                      term to its entry (blocks.go); characters map each Han
//	                      character to the terms that contain it; pairs map each
//	                      Han bigram to the words of 3+ characters that start with
//	                      it; tops and weights are a character's first results
//	                      asked alone and what it weighs among other terms (chartop.go)
//	search/d/<pack>.js    a pack of docPack documents by number (pack = doc / docPack):
//	                      each one's url, title, kind, course, text (for its snippet)
//	                      and anchors
//	search/p/…            the postings of common terms, a file each (see blocks.go)
//
// Terms and characters go to shard fnv1a32(UTF-8) mod shards (a pair of Han
// characters by its characters' classes: see shardKey). A query loads
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
	dict := packDictionary(ix.Docs)
	ix.packer = newPacker(utf16LE(dict), packsLevel)
	near := make(chan []output.File, 1)
	go func() { near <- ix.emit(ix.nearExport()) }() // one core's work: beside the shards and packs
	ix.common = ix.commonTerms()
	ix.commonKey = map[string]string{}
	counts := map[int]int{}
	for _, term := range ix.common {
		k := ix.termShard(term)
		ix.commonKey[term] = fmt.Sprintf("%d-%d", k, counts[k])
		counts[k]++
	}
	all := make(map[int]bool, ix.shards)
	for i := range ix.shards {
		all[i] = true
	}
	shards, packs := ix.shardFiles(all), ix.packFiles()
	nearFiles := <-near
	files := append([]output.File{ix.metaFile(dict, true), ix.metaFile(dict, false)}, nearFiles...)
	return slices.Concat(files, shards, packs)
}

// metaFile writes meta.js: the counts, fields and boosts, shard count, pack
// size, lexicon, the packs' dictionary, the common terms, the near files'
// layout, every document's fields' lengths (appendLengths), which an edit
// changes, so that an edit writes it again (see refresh), every
// document's kind and course (pagesMeta), and on a site of several courses
// their titles (courseTitles). Without the lengths and pages
// (withLengths false) it writes meta-char.js instead,
//
//	Skillbook.searchMetaChar({…})
//
// for a one-character query, which its shard answers without ranking
// (10,000 skill points: 28 KB, meta.js 90 KB): a query that ranks fetches
// meta.js, with the lengths in the same request.
func (ix *Index) metaFile(dict string, withLengths bool) output.File {
	fieldList := make([][]any, len(Fields))
	for i, f := range Fields {
		fieldList[i] = []any{f.Name, f.Boost}
	}
	meta := map[string]any{"n": len(ix.Docs), "shards": ix.shards, "fields": fieldList, "phrase": []any{Phrases.Name, Phrases.Boost},
		"pack": docPack, "synonyms": ix.lexicon.Synonyms, "optional": ix.lexicon.Optional, "dict": dict, "near": nearMeta(ix.nearShards)}
	if len(ix.common) > 0 {
		meta["common"] = strings.Join(ix.common, "\n")
	}
	titles := ix.courseTitles()
	if !withLengths {
		if titles != nil {
			meta["courseTitles"] = titles
		}
		return packed(script("meta-char.js", "searchMetaChar", meta))
	}
	f := script("meta.js", "searchMeta", meta)
	// the lengths are written by hand: encoding/json would escape their < > &;
	// the pages after them: before them, deflate made meta.js 14.6 KB larger
	// at 10,000 skill points, after them 0.6 KB
	end := bytes.LastIndexByte(f.Data, '}')
	pages, _ := json.Marshal(ix.pagesMeta())
	f.Data = slices.Concat(f.Data[:end], []byte(`,"lengths":`), ix.appendLengths(nil), []byte(`,"pages":`), pages, f.Data[end:])
	if titles != nil {
		end = bytes.LastIndexByte(f.Data, '}')
		t, _ := json.Marshal(titles)
		f.Data = slices.Concat(f.Data[:end], []byte(`,"courseTitles":`), t, f.Data[end:])
	}
	return packed(f)
}

// nearExport sizes and writes the near files and the pinyin table.
func (ix *Index) nearExport() []output.File {
	ix.nearBytes = ix.nearSize()
	ix.nearShards = nearShardCount(ix.nearBytes)
	return append(ix.nearFiles(nil), pinyinTableFiles()...)
}

// packsAtOnce is how many packs packFiles makes at a time: gathering every
// document's common postings at once took 100 MB more at the end of a
// 10,000-point build, when its memory peaks.
const packsAtOnce = 64

// packFiles writes every pack, packsAtOnce at a time, on every core.
func (ix *Index) packFiles() []output.File {
	packs := make([]output.File, (len(ix.Docs)+docPack-1)/docPack)
	var common []docCommon
	for start := 0; start < len(packs); start += packsAtOnce {
		end := min(len(packs), start+packsAtOnce)
		common = ix.commonByDoc(common, int32(start*docPack), int32(min(len(ix.Docs), end*docPack)))
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
		if k := ix.termShard(term); want[k] {
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
		if k := ix.termShard(p); want[k] {
			pairs[k] = append(pairs[k], p)
		}
	}
	shards := slices.Sorted(maps.Keys(want))
	written := make([][]output.File, len(shards))
	pool.Each(len(shards), func(i int) {
		k := shards[i]
		blocked := ix.blockedTerms(terms[k])
		buf := scratch.Get().(*[]byte)
		*buf = ix.encodeShard((*buf)[:0], k, terms[k], blocked, chars[k], pairs[k])
		shard := packed(output.File{Path: shardPath(k), Data: *buf})
		scratch.Put(buf)
		written[i] = ix.emit(append([]output.File{shard}, ix.wholeFiles(k, blocked)...))
	})
	return slices.Concat(written...)
}

// encodeShard appends to b Skillbook.searchTerms([k, {term: postings…}, {char:
// [terms…]…}, {pair: [longer words…]…}, {char: its first results…}, {char:
// [size, weight]…}]); with
// the keys sorted, as encoding/json would. Blocked terms get their entry
// instead of their postings. The pairs are Han bigrams and the words of
// three characters or more that start with them (longerIndex): a query's
// bigrams' shards tell it which of its words the site has. A character's
// first results are those of a query of that character alone (chartop.go).
func (ix *Index) encodeShard(b []byte, k int, terms, blockedTerms, chars, pairs []string) []byte {
	slices.Sort(terms)
	b = append(b, "Skillbook.searchTerms(["...)
	b = strconv.AppendInt(b, int64(k), 10)
	b = append(b, ",{"...)
	for i, term := range terms {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, termKey(term))
		b = append(b, ':')
		if n, ok := slices.BinarySearch(blockedTerms, term); ok {
			i, _ := slices.BinarySearch(ix.common, term)
			b = appendBlockedEntry(b, fmt.Sprintf("%d-%d", k, n), i, ix.postings[term])
		} else {
			b = ix.appendCompactPostings(b, ix.postings[term], true)
		}
	}
	b = append(b, "},"...)
	b = appendCharTerms(b, chars, ix.charTerms)
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
	return appendObject(b, keys, func(b []byte, k string) []byte { return appendList(b, lists[k]) })
}

// appendObject writes {key: value…} for the given keys, sorted, each
// value written by value.
func appendObject(b []byte, keys []string, value func(b []byte, key string) []byte) []byte {
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = value(append(appendString(b, k), ':'), k)
	}
	return append(b, '}')
}

// appendList writes [strings…].
func appendList(b []byte, list []string) []byte {
	b = append(b, '[')
	for j, s := range list {
		if j > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
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
	if plainJSON(s) { // most terms and texts: json.Marshal's reflection took 0.3 s of a 10,000-point build
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	q, _ := json.Marshal(s)
	return append(b, q...)
}

// plainJSON reports whether json.Marshal writes s as it is between quotes:
// valid UTF-8 with no control character, quote, backslash, < > & (which
// it escapes for HTML), U+2028 or U+2029.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return false
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9):
			return false
		}
	}
	return utf8.ValidString(s)
}

// packFile writes pack p: its documents, each with its postings of the
// common (blocked) terms, so that a query left with few candidates can
// fetch their packs — which it shows anyway — instead of a common term's
// postings file each:
//
//	Skillbook.searchDocs([pack, [[url, title, kind, course, text, anchors, common postings, x]…]]);
//
// each a list rather than an object (its keys were half a megabyte at
// 10,000 skill points); x is left out when empty. The file is in UTF-16
// (appendUTF16File), stored deflated with the packs' dictionary (packed.go).
func (ix *Index) packFile(p int, common []docCommon) output.File {
	text, wide := scratch.Get().(*[]byte), scratch.Get().(*[]byte)
	defer scratch.Put(text)
	defer scratch.Put(wide)
	b := append((*text)[:0], "Skillbook.searchDocs(["...)
	b = strconv.AppendInt(b, int64(p), 10)
	b = append(b, ",["...)
	for j, c := range common {
		if j > 0 {
			b = append(b, ',')
		}
		b = appendPackDoc(b, ix.Docs[p*docPack+j], string(appendCommon(nil, c)))
	}
	*text = append(b, "]]);\n"...)
	*wide = appendUTF16File((*wide)[:0], *text)
	return ix.packer.pack(output.File{Path: packPath(p), Data: *wide})
}

// appendPackDoc writes a document's list in its pack, [url, title, kind,
// course, text, anchors, common postings, x], as encoding/json writes the
// list (each string by it), without reflection: through a list of any and
// each anchor's MarshalJSON, json took 0.3 s of a build at 10,000 skill
// points.
func appendPackDoc(b []byte, d Doc, common string) []byte {
	b = append(b, '[')
	for _, s := range []string{d.URL, d.Title, d.Kind, d.Course, d.Text} {
		b = append(appendString(b, s), ',')
	}
	if d.Anchors == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, a := range d.Anchors {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(appendString(append(b, '['), a.ID), ',')
			b = append(strconv.AppendInt(b, int64(a.At), 10), ']')
		}
		b = append(b, ']')
	}
	b = appendString(append(b, ','), common)
	if x := missingText(d); x != "" {
		b = appendString(append(b, ','), x)
	}
	return append(b, ']')
}

// missingText is the lines of a document's key points, tags and headings
// that are not in its title or text, one a line: with them, the client can
// tell every term a document holds from its pack alone (see charGroup in
// search.js). Most of them are whole lines of the text, found in a set of
// its lines before the text is searched (0.3 s of a build at 10,000 skill
// points, searched).
func missingText(d Doc) string {
	var out []string
	textLines := map[string]bool{}
	for line := range strings.Lines(d.Text) {
		textLines[strings.TrimSuffix(line, "\n")] = true
	}
	for _, f := range []int{1, 2, 3} {
		if f >= len(d.fields) {
			break
		}
		for line := range strings.Lines(d.fields[f]) {
			line = strings.TrimSuffix(line, "\n")
			if line != "" && !textLines[line] && !strings.Contains(d.Text, line) && !strings.Contains(d.Title, line) {
				out = append(out, line)
			}
		}
	}
	return strings.Join(out, "\n")
}

// packCommon gathers the common postings of the documents of pack p.
func (ix *Index) packCommon(p int) []docCommon {
	return ix.commonByDoc(nil, int32(p*docPack), int32(min(len(ix.Docs), (p+1)*docPack)))
}

// docCommon is a document's postings of the common terms, in the order of
// ix.common (terms by their index there).
type docCommon []commonPosting

type commonPosting struct {
	term, field, freq, length int32
}

// commonByDoc gathers the postings of the common terms of the documents
// numbered from lo up to hi, in the lists of out, which it empties (their
// room is used again: packFiles gathers 64 packs' at a time, and lists
// grown anew for each took 220 MB of garbage at 10,000 skill points).
func (ix *Index) commonByDoc(out []docCommon, lo, hi int32) []docCommon {
	out = slices.Grow(out[:0], int(hi-lo))[:hi-lo]
	for i := range out {
		out[i] = out[i][:0]
	}
	for t, term := range ix.common {
		for f, ps := range ix.postings[term] {
			i, _ := slices.BinarySearchFunc(ps, lo, byDoc)
			for _, p := range ps[i:] {
				if p.Doc >= hi {
					break
				}
				out[p.Doc-lo] = append(out[p.Doc-lo], commonPosting{int32(t), int32(f), p.Freq, ix.fieldLength(p.Doc, f)})
			}
		}
	}
	return out
}

// metaPath is meta.js's path, metaCharPath meta-char.js's.
const (
	metaPath     = ExportDir + "meta.js"
	metaCharPath = ExportDir + "meta-char.js"
)

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
	return postingsSize(term, fields)
}

// postingsSize estimates the bytes a term's postings, fields, take in the
// export.
func postingsSize(term string, fields [][]Posting) int {
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
