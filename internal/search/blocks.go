package search

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"skillbook/internal/output"
)

// A common term's postings would make its shard large, and most queries
// that name it need only the few documents that their rarest term leaves.
// So the postings of a term in more than a tenth of the documents (and at
// least blockMin postings) are cut into
// blocks of blockDocs document numbers, each a file of its own, and also
// written whole, for queries whose every term is common:
//
//	search/p/<shard>-<n>-<block>.js   Skillbook.searchBlock(["<shard>-<n>-<block>", postings])
//	search/p/<shard>-<n>-all.js       the same with all the term's postings
//
// where n numbers the blocked terms of the shard in sorted order. The
// shard then holds, for such a term, {"k": "<shard>-<n>", "b": [its blocks],
// "d": [[field, document frequency]…]}: enough to weigh the term, and to
// fetch the blocks of the documents a query still considers. (At 10,000
// skill points about 130 terms are blocked: the corpus's common words.)
const (
	blockMin  = 64
	blockDocs = 128
)

// blocked reports whether a term's postings go in blocks.
func (ix *Index) blocked(fields [][]Posting) bool {
	n := 0
	for _, ps := range fields {
		n += len(ps)
	}
	return n > max(blockMin, len(ix.Docs)/10)
}

// blockedTerms returns the blocked terms among a shard's terms, sorted:
// their index is their number in block file names.
func (ix *Index) blockedTerms(terms []string) []string {
	var out []string
	for _, t := range terms {
		if ix.blocked(ix.postings[t]) {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// appendBlockedEntry writes the shard entry of a blocked term.
func appendBlockedEntry(b []byte, key string, fields [][]Posting) []byte {
	b = append(b, `{"k":"`...)
	b = append(b, key...)
	b = append(b, `","b":[`...)
	for i, blk := range blocksOf(fields) {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(blk), 10)
	}
	b = append(b, `],"d":[`...)
	b = appendFields(b, fields, func(b []byte, f int, ps []Posting) []byte { return fmt.Appendf(b, "[%d,%d]", f, len(ps)) })
	return append(b, "]}"...)
}

// blocksOf lists the blocks that hold postings of a term, in order.
func blocksOf(fields [][]Posting) []int {
	last := int32(0)
	for _, ps := range fields {
		if len(ps) > 0 {
			last = max(last, ps[len(ps)-1].Doc)
		}
	}
	held := make([]bool, last/blockDocs+1)
	for _, ps := range fields {
		for _, p := range ps {
			held[p.Doc/blockDocs] = true
		}
	}
	var blocks []int
	for blk, ok := range held {
		if ok {
			blocks = append(blocks, blk)
		}
	}
	return blocks
}

// blockFiles writes the block files of the blocked terms of shard k.
func (ix *Index) blockFiles(k int, blockedTerms []string) []output.File {
	var files []output.File
	for n, term := range blockedTerms {
		fields := ix.postings[term]
		for _, blk := range blocksOf(fields) {
			files = append(files, ix.blockFile(fmt.Sprintf("%d-%d-%d", k, n, blk), fields, blk))
		}
		files = append(files, ix.blockFile(fmt.Sprintf("%d-%d-all", k, n), fields, -1))
	}
	return files
}

// blockFile writes the postings of one block of a term; all of them when
// blk is -1.
func (ix *Index) blockFile(key string, fields [][]Posting, blk int) output.File {
	part := fields
	if blk >= 0 {
		lo, hi := int32(blk*blockDocs), int32((blk+1)*blockDocs)
		part = make([][]Posting, len(fields))
		for f, ps := range fields {
			i, _ := slices.BinarySearchFunc(ps, lo, func(p Posting, d int32) int { return int(p.Doc - d) })
			j, _ := slices.BinarySearchFunc(ps, hi, func(p Posting, d int32) int { return int(p.Doc - d) })
			part[f] = ps[i:j]
		}
	}
	b := []byte(`Skillbook.searchBlock(["` + key + `",`)
	b = appendPostings(b, part)
	return output.File{Path: blockPath(key), Data: append(b, "]);\n"...)}
}

func blockPath(key string) string { return ExportDir + "p/" + key + ".js" }

// freshBlock writes a block file again after an edit: name is its path,
// whose key says the shard, the term's number among the shard's blocked
// terms, and the block ("all" for the whole postings). Only the blocks of
// edited documents, and the whole postings, change: which terms are blocked
// does not, short of a new export (see commonChanged).
func (ix *Index) freshBlock(name string) (output.File, bool) {
	k, n, blk, ok := parseBlock(name)
	if !ok || !ix.stale[shardPath(k)] || blk >= 0 && !ix.staleBlocks[k][blk] {
		return output.File{}, false
	}
	blockedTerms := ix.commonIn(k)
	if n >= len(blockedTerms) {
		return output.File{}, false
	}
	if f, ok := ix.fresh[name]; ok {
		return f, true
	}
	key := strings.TrimSuffix(strings.TrimPrefix(name, ExportDir+"p/"), ".js")
	f := ix.blockFile(key, ix.postings[blockedTerms[n]], blk)
	ix.fresh[name] = f
	return f, true
}

// commonIn returns the common terms of shard k, sorted: its blocked terms.
func (ix *Index) commonIn(k int) []string {
	var out []string
	for _, term := range ix.common {
		if Shard(term, ix.shards) == k {
			out = append(out, term)
		}
	}
	return out
}

// parseBlock reads a block file's path: shard, term number, block (-1 for
// the whole postings).
func parseBlock(name string) (k, n, blk int, ok bool) {
	key, found := strings.CutPrefix(name, ExportDir+"p/")
	key, _ = strings.CutSuffix(key, ".js")
	parts := strings.Split(key, "-")
	if !found || len(parts) != 3 {
		return 0, 0, 0, false
	}
	var err1, err2, err3 error
	k, err1 = strconv.Atoi(parts[0])
	n, err2 = strconv.Atoi(parts[1])
	blk, err3 = strconv.Atoi(parts[2])
	if parts[2] == "all" {
		blk, err3 = -1, nil
	}
	return k, n, blk, err1 == nil && err2 == nil && err3 == nil
}
