package search

import (
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"skillbook/internal/output"
)

// The export's files for pinyin slips and suggestions, which a query
// fetches only when a term of it is in no page, or it found nothing:
//
//	search/n/<k>.js    [k, {pinyin key: [terms, most frequent first]…},
//	                   {unit: [[pages with it in the title], [in a key point]]…}]
//	                   (pages as gaps from the one before), keys and units in
//	                   shard Shard(key, nearShards)
//	search/n/py<b>.js  [b, [syllables…], codes]: the pinyin of the characters
//	                   pinyinFirst + b×pinyinBlock …, two characters of
//	                   pinyinDigits per character (0: none, n: syllable n-1)
//
// meta.js gives {"shards": nearShards, "pinyin": [first, last, block]} as "near".

// pinyinBlock is how many characters a pinyin table file covers; the
// table of 26,624 characters takes seven files.
const pinyinBlock = 4096

// pinyinDigits encode a syllable's number, two digits a character.
const pinyinDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

// nearTarget is about how many bytes a near file should hold; maxNear
// bounds their number.
const (
	nearTarget = 16 << 10
	maxNear    = 256
)

// nearMeta is what meta.js says of the near files.
func nearMeta(shards int) map[string]any {
	return map[string]any{"shards": shards, "pinyin": []int{pinyinFirst, pinyinLast, pinyinBlock}}
}

// nearShardCount is a power of two that gives near files of about
// nearTarget bytes, at most maxNear.
func (ix *Index) nearShardCount() int {
	size := 0
	for key, terms := range ix.pinyinTerms() {
		size += len(key) + 4
		for _, t := range terms {
			size += len(t) + 3
		}
	}
	for u, lists := range ix.unitDocs() {
		size += len(u) + 8 + 4*(len(lists[0])+len(lists[1]))
	}
	return min(maxNear, 1<<bits.Len(uint(max(1, size/nearTarget)-1)))
}

// nearFiles writes the ix.nearShards near files.
func (ix *Index) nearFiles() []output.File {
	shards := ix.nearShards
	table, unitsOf := ix.pinyinTerms(), ix.unitDocs()
	keys, us := make([][]string, shards), make([][]string, shards)
	for key := range table {
		keys[Shard(key, shards)] = append(keys[Shard(key, shards)], key)
	}
	for u := range unitsOf {
		us[Shard(u, shards)] = append(us[Shard(u, shards)], u)
	}
	files := make([]output.File, shards)
	for k := range shards {
		files[k] = nearFile(k, table, keys[k], unitsOf, us[k])
	}
	return files
}

// nearChanged records that the postings changed: the pinyin table is
// built again when next asked for, and the near files written again when
// one is (an edit keeps their count, which only an export sets).
func (ix *Index) nearChanged() {
	ix.forgetPinyin()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.nearStale = true
	for name := range ix.fresh {
		if isNearShard(name) {
			delete(ix.fresh, name)
		}
	}
}

// isNearShard reports the name of a near file (not a pinyin table's).
func isNearShard(name string) bool {
	rest, ok := strings.CutPrefix(name, ExportDir+"n/")
	return ok && !strings.HasPrefix(rest, "py")
}

// freshNear returns a near file as it is now, once an edit changed them;
// ix.mu is held.
func (ix *Index) freshNear(name string) (output.File, bool) {
	if !ix.nearStale {
		return output.File{}, false
	}
	if _, ok := ix.fresh[name]; !ok {
		for _, f := range ix.nearFiles() {
			ix.fresh[f.Path] = f
		}
	}
	f, ok := ix.fresh[name]
	return f, ok
}

// nearFile writes Skillbook.searchNear([k, {key: [terms]…}, {unit: [[docs], [docs]]…}]).
func nearFile(k int, table pinyinTable, keys []string, unitsOf map[string][2][]int32, us []string) output.File {
	slices.Sort(us)
	b := appendLists(fmt.Appendf(nil, "Skillbook.searchNear([%d,", k), keys, table)
	b = append(b, ",{"...)
	for i, u := range us {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(appendString(b, u), ":["...)
		for f, docs := range unitsOf[u] {
			if f > 0 {
				b = append(b, ',')
			}
			b = appendGaps(b, docs)
		}
		b = append(b, ']')
	}
	b = append(b, "}]);\n"...)
	return output.File{Path: fmt.Sprintf("%sn/%d.js", ExportDir, k), Data: b}
}

// appendGaps writes document numbers as [first, gap, gap…].
func appendGaps(b []byte, docs []int32) []byte {
	b = append(b, '[')
	prev := int32(0)
	for i, d := range docs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(d-prev), 10)
		prev = d
	}
	return append(b, ']')
}

// pinyinTableFiles writes the pinyin of every character from pinyinFirst
// to pinyinLast, for the browser to key a query's terms as Go does.
func pinyinTableFiles() []output.File {
	var files []output.File
	for b := 0; pinyinFirst+b*pinyinBlock <= pinyinLast; b++ {
		number := map[string]int{}
		codes := make([]byte, 0, 2*pinyinBlock)
		for r := rune(pinyinFirst + b*pinyinBlock); r < rune(pinyinFirst+(b+1)*pinyinBlock) && r <= pinyinLast; r++ {
			n := 0
			if p := charPinyin(r); p != "" {
				if _, ok := number[p]; !ok {
					number[p] = len(number) + 1
				}
				n = number[p]
			}
			codes = append(codes, pinyinDigits[n/64], pinyinDigits[n%64])
		}
		syllables := make([]string, len(number))
		for _, p := range slices.Collect(maps.Keys(number)) {
			syllables[number[p]-1] = p
		}
		files = append(files, script(fmt.Sprintf("n/py%d.js", b), "searchPinyin", []any{b, syllables, string(codes)}))
	}
	return files
}
