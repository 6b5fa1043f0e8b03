package segmenter

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
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
}

// dictionary loads the word list once, on first use, in a few tens of
// milliseconds. It is never changed after, so every Segmenter shares it.
var dictionary = sync.OnceValue(func() *dict {
	zr, err := gzip.NewReader(bytes.NewReader(wordList))
	if err != nil {
		panic("segmenter: the embedded word list is damaged: " + err.Error())
	}
	d, err := readDict(zr)
	if err != nil {
		panic("segmenter: the embedded word list is damaged: " + err.Error())
	}
	return d
})

// entry is a line of the word list.
type entry struct {
	word string
	freq float64
	pos  string
}

// readDict reads a word list of lines "word frequency part-of-speech".
// As gse does, a word of one character counts as seen twice, whatever its
// frequency, and a word listed again is ignored.
func readDict(r interface{ Read([]byte) (int, error) }) (*dict, error) {
	var entries []entry
	seen := map[string]bool{}
	total := 0.0
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 || seen[f[0]] {
			continue
		}
		freq, err := strconv.ParseFloat(f[1], 64)
		if err != nil || freq < 2 {
			continue
		}
		if utf8.RuneCountInString(f[0]) < 2 {
			freq = 2
		}
		e := entry{word: f[0], freq: freq}
		if len(f) > 2 {
			e.pos = f[2]
		}
		seen[e.word] = true
		entries = append(entries, e)
		total += freq
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	d := &dict{first: make([]int32, 0x40000), next: make(map[uint64]int32, 2*len(entries)), nodes: []node{{}}}
	logTotal := float32(math.Log2(total))
	for _, e := range entries {
		n := d.insert(e.word)
		d.nodes[n] = node{word: true, dist: logTotal - float32(math.Log2(e.freq)), pos: e.pos}
	}
	return d, nil
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
	if r < 0 {
		return 0
	}
	return d.next[uint64(n)<<32|uint64(r)]
}
