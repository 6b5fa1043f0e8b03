package search

import (
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strconv"
	"sync"

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

// pinyinBlock is how many characters a pinyin table file covers: all of
// them, one file of 37 KB. In files of 4,096 characters a query's
// characters, spread over the range, took four or five of the seven (a
// hopeless query, 量子计算机, 21 requests of the 20 its length allows).
const pinyinBlock = pinyinLast - pinyinFirst + 1

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
func nearShardCount(size int) int {
	return min(maxNear, 1<<bits.Len(uint(max(1, size/nearTarget)-1)))
}

// nearSize estimates the bytes of the near files.
func (ix *Index) nearSize() int {
	size := 0
	for key, terms := range ix.pinyinTerms() {
		size += keySize(key, terms)
	}
	for u, lists := range ix.unitDocs() {
		size += unitSize(u, lists)
	}
	return size
}

// keySize and unitSize estimate the bytes of a pinyin key's entry and of
// a unit's (none when the entry is empty).
func keySize(key string, terms []string) int {
	if len(terms) == 0 {
		return 0
	}
	size := len(key) + 4
	for _, t := range terms {
		size += len(t) + 3
	}
	return size
}

func unitSize(u string, lists [2][]int32) int {
	if len(lists[0])+len(lists[1]) == 0 {
		return 0
	}
	return len(u) + 8 + 4*(len(lists[0])+len(lists[1]))
}

// nearFiles writes the ix.nearShards near files, or those of them that
// want holds when it is not nil.
func (ix *Index) nearFiles(want map[int]bool) []output.File {
	shards := ix.nearShards
	table, unitsOf := ix.pinyinTerms(), ix.unitDocs()
	keys, us := make([][]string, shards), make([][]string, shards)
	for key := range table {
		if k := Shard(key, shards); want == nil || want[k] {
			keys[k] = append(keys[k], key)
		}
	}
	for u := range unitsOf {
		if k := Shard(u, shards); want == nil || want[k] {
			us[k] = append(us[k], u)
		}
	}
	var files []output.File
	for k := range shards {
		if want == nil || want[k] {
			files = append(files, nearFile(k, table, keys[k], unitsOf, us[k]))
		}
	}
	return files
}

// nearPath is the path of near file k.
func nearPath(k int) string { return fmt.Sprintf("%sn/%d.js", ExportDir, k) }

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
	return packed(output.File{Path: nearPath(k), Data: b})
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
// to pinyinLast, for the browser to key a query's terms as Go does. They
// are the same on every site: made once.
var pinyinTableFiles = sync.OnceValue(func() []output.File {
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
		files = append(files, packed(script(fmt.Sprintf("n/py%d.js", b), "searchPinyin", []any{b, syllables, string(codes)})))
	}
	return files
})
