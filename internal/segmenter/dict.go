package segmenter

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed zhdict/words.txt.gz
var wordList []byte

// dict is the word list as a trie of characters: node 0 is the root, and
// a node that ends a word holds the word's distance and part of speech.
// It is the dictionary of gse (github.com/go-ego/gse), which the word
// list was cut from, made again without gse's per-character allocations:
// the same words, the same distances, so the same cuts (a test compares
// them with gse's over whole corpora).
type dict struct {
	first []int32          // the child of the root for each character below len(first); 0: none
	next  map[uint64]int32 // the child of a node for a character: key node<<32 | character
	nodes []node
}

type node struct {
	word bool
	dist float32 // log2(total frequency / the word's frequency), as gse computes it
	pos  string
	// kids has bit r%64 set for the character r of each child: most
	// nodes below the first level have few children, and a clear bit
	// spares a lookup in next, a large map (a miss of the cache each).
	kids uint64
}

// dictionary loads the word list once, on first use, in a few tens of
// milliseconds. It is never changed after, so every Segmenter shares it.
var dictionary = sync.OnceValue(func() *dict {
	zr, err := gzip.NewReader(bytes.NewReader(wordList))
	if err != nil {
		panic("segmenter: the embedded word list is damaged: " + err.Error())
	}
	words, err := io.ReadAll(zr)
	if err != nil {
		panic("segmenter: the embedded word list is damaged: " + err.Error())
	}
	return readDict(string(words))
})

// readDict reads a word list of lines "word frequency part-of-speech".
// As gse does, a word of one character counts as seen twice, whatever its
// frequency, and a word listed again is ignored.
func readDict(list string) *dict {
	d := &dict{first: make([]int32, 0x40000), next: make(map[uint64]int32, 1<<18), nodes: []node{{}}}
	freqs := []float64{0} // of each node's word
	total := 0.0
	for line := range strings.Lines(list) {
		word, rest, _ := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		freqText, pos, _ := strings.Cut(rest, " ")
		freq, err := strconv.ParseFloat(freqText, 64)
		if err != nil || freq < 2 || word == "" {
			continue
		}
		if utf8.RuneCountInString(word) < 2 {
			freq = 2
		}
		n := d.insert(word)
		freqs = append(freqs, make([]float64, len(d.nodes)-len(freqs))...)
		if d.nodes[n].word {
			continue
		}
		d.nodes[n].word, d.nodes[n].pos = true, pos
		freqs[n] = freq
		total += freq
	}
	logTotal := float32(math.Log2(total))
	for n := range d.nodes {
		if d.nodes[n].word {
			d.nodes[n].dist = logTotal - float32(math.Log2(freqs[n]))
		}
	}
	return d
}

// insert returns the node of word, adding the nodes it lacks.
func (d *dict) insert(word string) int32 {
	n := int32(0)
	for _, r := range word {
		c := d.child(n, r)
		if c == 0 {
			c = int32(len(d.nodes))
			d.nodes = append(d.nodes, node{})
			if n == 0 && int(r) < len(d.first) {
				d.first[r] = c
			} else {
				d.next[uint64(n)<<32|uint64(r)] = c
			}
			d.nodes[n].kids |= kidBit(r)
		}
		n = c
	}
	return n
}

// child returns the child of node n for the character r, 0 when none.
func (d *dict) child(n int32, r rune) int32 {
	if n == 0 && r >= 0 && int(r) < len(d.first) {
		return d.first[r]
	}
	if r < 0 || d.nodes[n].kids&kidBit(r) == 0 {
		return 0
	}
	return d.next[uint64(n)<<32|uint64(r)]
}

// Rarity is how rare a word is in general Chinese text: its distance in
// the dictionary, log2 of the dictionary's total frequency over the
// word's (工作 8.9, 收益 14.2, 服务台 19.4), and 0 for a word it does not
// hold.
func Rarity(word string) float32 {
	d := dictionary()
	n := int32(0)
	for _, r := range word {
		if n = d.child(n, r); n == 0 {
			return 0
		}
	}
	return d.nodes[n].dist
}

// kidBit is the bit of node.kids for the character r.
func kidBit(r rune) uint64 { return 1 << (uint32(r) % 64) }
