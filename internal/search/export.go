package search

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/bits"

	"skillbook/internal/output"
)

// ExportDir is the output folder of the static search export.
const ExportDir = "search/"

// The export is a set of small JavaScript files, loaded as <script> so that
// search works from file:// too, where fetch() is blocked:
//
//	search/meta.js        the number of documents, the fields and their boosts, the shard count
//	search/t/<shard>.js   [shard, postings, characters]: postings map each term to
//	                      [[field, doc, freq, length, doc, freq, length…]…], each doc
//	                      number but the first given as the gap from the one before;
//	                      characters map each Han character, for one-character
//	                      queries, to the terms that contain it
//	search/d/<doc>.js     one document: url, title, kind, course, text (for its snippet)
//
// Terms and characters go to shard fnv1a32(UTF-8) mod shards. A query loads
// meta.js, the shards of its terms, and the documents it shows.

// shardTarget is about how many bytes of postings a shard should hold, and
// maxShards the most shards there are: a query fetches a shard per term.
const (
	shardTarget = 2 << 10
	maxShards   = 8192
)

// Export writes the static search files.
func (ix *Index) Export() []output.File {
	shards := ix.shardCount()
	terms := make([]map[string][]any, shards)
	chars := make([]map[string][]string, shards)
	for i := range shards {
		terms[i], chars[i] = map[string][]any{}, map[string][]string{}
	}
	for term, fields := range ix.postings {
		terms[Shard(term, shards)][term] = encodePostings(fields)
	}
	for c, list := range ix.charTerms {
		chars[Shard(c, shards)][c] = list
	}
	fieldList := make([][]any, len(Fields))
	for i, f := range Fields {
		fieldList[i] = []any{f.Name, f.Boost}
	}
	files := []output.File{script("meta.js", "searchMeta", map[string]any{"n": len(ix.Docs), "shards": shards, "fields": fieldList})}
	for i := range shards {
		files = append(files, script(fmt.Sprintf("t/%d.js", i), "searchTerms", []any{i, terms[i], chars[i]}))
	}
	for i, d := range ix.Docs {
		files = append(files, script(fmt.Sprintf("d/%d.js", i), "searchDoc", []any{i, d}))
	}
	return files
}

// shardCount is a power of two that gives shards of about shardTarget bytes.
func (ix *Index) shardCount() int {
	size := 0
	for term, fields := range ix.postings {
		size += len(term) + 8
		for _, ps := range fields {
			size += len(ps) * 10
		}
	}
	n := max(1, size/shardTarget)
	return min(maxShards, 1<<bits.Len(uint(n-1)))
}

// Shard is the shard a term or character belongs to.
func Shard(term string, shards int) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(term))
	return int(h.Sum32() % uint32(shards))
}

// encodePostings flattens a term's postings: for each field that has the
// term, [field, doc, freq, length, doc gap, freq, length, …].
func encodePostings(fields [][]Posting) []any {
	var out []any
	for f, ps := range fields {
		if len(ps) == 0 {
			continue
		}
		flat := make([]int32, 0, 1+3*len(ps))
		flat = append(flat, int32(f))
		prev := int32(0)
		for _, p := range ps {
			flat = append(flat, p.Doc-prev, p.Freq, p.Length)
			prev = p.Doc
		}
		out = append(out, flat)
	}
	return out
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
