package search

import (
	"fmt"
	"slices"
	"strconv"

	"skillbook/internal/output"
)

// A common term's postings would make its shard large, and most queries
// that name it need only the few documents that their rarest term leaves.
// So the postings of a term with more than blockMin of them are cut into
// blocks of blockDocs document numbers, each a file of its own:
//
//	search/p/<shard>-<n>-<block>.js   Skillbook.searchBlock(["<shard>-<n>-<block>", postings])
//
// where n numbers the blocked terms of the shard in sorted order. The
// shard then holds, for such a term, {"k": "<shard>-<n>", "b": [its blocks],
// "d": [[field, document frequency]…]}: enough to weigh the term, and to
// fetch the blocks of the documents a query still considers.
const (
	blockMin  = 256
	blockDocs = 128
)

// blocked reports whether a term's postings go in blocks.
func blocked(fields [][]Posting) bool {
	n := 0
	for _, ps := range fields {
		n += len(ps)
	}
	return n > blockMin
}

// blockedTerms returns the blocked terms among a shard's terms, sorted:
// their index is their number in block file names.
func (ix *Index) blockedTerms(terms []string) []string {
	var out []string
	for _, t := range terms {
		if blocked(ix.postings[t]) {
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
	first := true
	for f, ps := range fields {
		if len(ps) == 0 {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = fmt.Appendf(b, "[%d,%d]", f, len(ps))
	}
	return append(b, "]}"...)
}

// blocksOf lists the blocks that hold postings of a term, in order.
func blocksOf(fields [][]Posting) []int {
	var blocks []int
	for _, ps := range fields {
		for _, p := range ps {
			blocks = append(blocks, int(p.Doc)/blockDocs)
		}
	}
	slices.Sort(blocks)
	return slices.Compact(blocks)
}

// blockFiles writes the block files of the blocked terms of shard k.
func (ix *Index) blockFiles(k int, blockedTerms []string) []output.File {
	var files []output.File
	for n, term := range blockedTerms {
		fields := ix.postings[term]
		for _, blk := range blocksOf(fields) {
			files = append(files, ix.blockFile(fmt.Sprintf("%d-%d-%d", k, n, blk), fields, blk))
		}
	}
	return files
}

// blockFile writes the postings of one block of a term.
func (ix *Index) blockFile(key string, fields [][]Posting, blk int) output.File {
	lo, hi := int32(blk*blockDocs), int32((blk+1)*blockDocs)
	part := make([][]Posting, len(fields))
	for f, ps := range fields {
		i, _ := slices.BinarySearchFunc(ps, lo, func(p Posting, d int32) int { return int(p.Doc - d) })
		j, _ := slices.BinarySearchFunc(ps, hi, func(p Posting, d int32) int { return int(p.Doc - d) })
		part[f] = ps[i:j]
	}
	b := []byte(`Skillbook.searchBlock(["` + key + `",`)
	b = appendPostings(b, part)
	return output.File{Path: blockPath(key), Data: append(b, "]);\n"...)}
}

func blockPath(key string) string { return ExportDir + "p/" + key + ".js" }

// freshBlock writes a block file again after an edit: name is its path,
// whose key says the shard, the term's number among the shard's blocked
// terms, and the block.
func (ix *Index) freshBlock(name string) (output.File, bool) {
	var k, n, blk int
	if _, err := fmt.Sscanf(name, ExportDir+"p/%d-%d-%d.js", &k, &n, &blk); err != nil || !ix.stale[shardPath(k)] {
		return output.File{}, false
	}
	blockedTerms, ok := ix.blockedNow[k]
	if !ok {
		var terms []string
		for term := range ix.postings {
			if Shard(term, ix.shards) == k {
				terms = append(terms, term)
			}
		}
		blockedTerms = ix.blockedTerms(terms)
		ix.blockedNow[k] = blockedTerms
	}
	if slices.Equal(blockedTerms, ix.exportedBlocked[k]) && !ix.staleBlocks[k][blk] {
		return output.File{}, false
	}
	if f, ok := ix.fresh[name]; ok {
		return f, true
	}
	f := output.File{Path: name}
	if n < len(blockedTerms) {
		f = ix.blockFile(fmt.Sprintf("%d-%d-%d", k, n, blk), ix.postings[blockedTerms[n]], blk)
	}
	ix.fresh[name] = f
	return f, true
}
