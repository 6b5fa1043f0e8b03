package search

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"skillbook/internal/output"
	"skillbook/internal/pool"
)

// A common term's postings would make its shard large, and most queries
// that name it need only the few documents that their rarest term leaves.
// So the postings of a term in more than a tenth of the documents (and at
// least blockMin postings) are cut into blocks of blockDocs document
// numbers, and also written whole, for queries whose every term is common.
// A file per term and block would make tens of thousands of files on a
// large site of real text, so a block file holds one block of every common
// term of a group of shards (group = shard mod blockGroups):
//
//	search/p/<group>-<block>.js   Skillbook.searchBlock(["<group>-<block>", {term: postings…}])
//	search/p/<shard>-<n>-all.js   Skillbook.searchBlock(["<shard>-<n>-all", postings])
//
// where n numbers the blocked terms of the shard in sorted order. The
// shard then holds, for such a term, {"k": "<shard>-<n>", "i": its number
// among all the common terms (document files name it so), "g": group, "b":
// [its blocks], "d": [[field, document frequency]…]}: enough to weigh the
// term, and to fetch the blocks of the documents a query still considers.
const (
	blockMin    = 64
	blockDocs   = 128
	blockGroups = 16
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

// appendBlockedEntry writes the shard entry of a blocked term, the
// common term number i.
func appendBlockedEntry(b []byte, key string, group, i int, fields [][]Posting) []byte {
	b = append(b, `{"k":"`...)
	b = append(b, key...)
	b = append(b, `","i":`...)
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, `,"g":`...)
	b = strconv.AppendInt(b, int64(group), 10)
	b = append(b, `,"b":[`...)
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

// wholeFiles writes the whole postings of the blocked terms of shard k.
func (ix *Index) wholeFiles(k int, blockedTerms []string) []output.File {
	files := make([]output.File, len(blockedTerms))
	for n, term := range blockedTerms {
		key := fmt.Sprintf("%d-%d-all", k, n)
		b := []byte(`Skillbook.searchBlock(["` + key + `",`)
		b = appendPostings(b, ix.postings[term])
		files[n] = output.File{Path: blockPath(key), Data: append(b, "]);\n"...)}
	}
	return files
}

// blockPacks writes the block files of every group, on every core.
func (ix *Index) blockPacks() []output.File {
	groups := make([][]string, blockGroups)
	for _, term := range ix.common {
		g := Shard(term, ix.shards) % blockGroups
		groups[g] = append(groups[g], term)
	}
	written := make([][]output.File, blockGroups)
	pool.Each(blockGroups, func(g int) {
		held := map[int]bool{}
		for _, term := range groups[g] {
			for _, blk := range blocksOf(ix.postings[term]) {
				held[blk] = true
			}
		}
		for _, blk := range slices.Sorted(maps.Keys(held)) {
			written[g] = append(written[g], ix.blockPack(g, blk, groups[g]))
		}
	})
	return slices.Concat(written...)
}

// blockPack writes block blk of the given terms (sorted), those of group g.
func (ix *Index) blockPack(g, blk int, terms []string) output.File {
	key := fmt.Sprintf("%d-%d", g, blk)
	lo, hi := int32(blk*blockDocs), int32((blk+1)*blockDocs)
	b := []byte(`Skillbook.searchBlock(["` + key + `",{`)
	first := true
	for _, term := range terms {
		part := make([][]Posting, len(ix.postings[term]))
		empty := true
		for f, ps := range ix.postings[term] {
			i, _ := slices.BinarySearchFunc(ps, lo, byDoc)
			j, _ := slices.BinarySearchFunc(ps, hi, byDoc)
			part[f] = ps[i:j]
			empty = empty && i == j
		}
		if empty {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(appendString(b, term), ':')
		b = appendPostings(b, part)
	}
	return output.File{Path: blockPath(key), Data: append(b, "}]);\n"...)}
}

func blockPath(key string) string { return ExportDir + "p/" + key + ".js" }

// groupTerms returns the common terms of block group g, sorted.
func (ix *Index) groupTerms(g int) []string {
	var out []string
	for _, term := range ix.common {
		if Shard(term, ix.shards)%blockGroups == g {
			out = append(out, term)
		}
	}
	return out
}

// freshBlock writes a block file again after an edit: name is its path.
// Only the blocks of edited documents, and the whole postings of the
// terms of stale shards, change: which terms are blocked does not, short
// of a new export (see commonChanged).
func (ix *Index) freshBlock(name string) (output.File, bool) {
	key, ok := strings.CutPrefix(name, ExportDir+"p/")
	key, _ = strings.CutSuffix(key, ".js")
	parts := strings.Split(key, "-")
	nums := make([]int, len(parts))
	for i, p := range parts {
		if nums[i], ok = atoi(p); !ok && !(i == 2 && p == "all") {
			return output.File{}, false
		}
	}
	if f, ok := ix.fresh[name]; ok && ix.freshNeeded(parts, nums) {
		return f, true
	}
	var f output.File
	switch {
	case len(parts) == 2 && ix.freshNeeded(parts, nums):
		f = ix.blockPack(nums[0], nums[1], ix.groupTerms(nums[0]))
	case len(parts) == 3 && ix.freshNeeded(parts, nums):
		blockedTerms := ix.commonIn(nums[0])
		if nums[1] >= len(blockedTerms) {
			return output.File{}, false
		}
		f = ix.wholeFiles(nums[0], blockedTerms)[nums[1]]
	default:
		return output.File{}, false
	}
	ix.fresh[name] = f
	return f, true
}

// freshNeeded reports whether a block file ("group-block" or
// "shard-n-all") changed since the last export.
func (ix *Index) freshNeeded(parts []string, nums []int) bool {
	if len(parts) == 2 {
		return ix.staleBlocks[nums[0]][nums[1]]
	}
	return len(parts) == 3 && ix.stale[shardPath(nums[0])]
}

func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
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
