package segmenter

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// unit is a piece of text that the dictionary cuts between, as gse splits
// text: a run of letters and digits of one or two bytes each (Latin,
// Greek, Cyrillic), or any other character alone. r is its character, or
// -1 for a run of several, which no word of the dictionary starts with.
type unit struct {
	start, end int
	r          rune
}

// jump is the best way found to cut the text up to a unit: its distance
// from the text's start, and the last word's length in units and node in
// the dictionary (-1: the unit alone, not a word).
type jump struct {
	dist float32
	n    int32
	node int32
}

// pseudoDist is the distance of a unit that no word of the dictionary
// covers alone, gse's.
const pseudoDist = 32

type scratch struct {
	units []unit
	jumps []jump
}

var scratches = sync.Pool{New: func() any { return &scratch{} }}

// cut appends the words of text (not empty), which starts at byte base of
// the text being cut, with their parts of speech if pos: the cut of least
// total distance, found as gse finds it (github.com/go-ego/gse,
// Segmenter.Slice and Pos), so the same words. It reports false for a text
// with an upper-case ASCII letter: gse gives it lower-cased, so its words
// would not add up to the text.
func (d *dict) cut(out []Word, text string, base int, pos bool) ([]Word, bool) {
	if strings.IndexFunc(text, isUpperASCII) >= 0 {
		return out, false
	}
	s := scratches.Get().(*scratch)
	defer scratches.Put(s)
	s.units = splitUnits(s.units[:0], text)
	s.jumps = d.shortestPath(s.jumps, s.units)
	return appendWords(out, text, base, s.units, s.jumps, d.nodes, pos), true
}

func isUpperASCII(r rune) bool { return r >= 'A' && r <= 'Z' }

// splitUnits appends text's units to units (gse's SplitTextToWords).
func splitUnits(units []unit, text string) []unit {
	inRun, runStart := true, 0
	for at := 0; at < len(text); {
		r, size := utf8.DecodeRuneInString(text[at:])
		if size <= 2 && (unicode.IsNumber(r) || unicode.IsLetter(r)) {
			if !inRun {
				runStart, inRun = at, true
			}
		} else {
			if inRun && at != 0 {
				units = append(units, runUnit(text, runStart, at))
			}
			inRun = false
			units = append(units, unit{at, at + size, r})
		}
		at += size
	}
	if inRun && len(text) > 0 {
		units = append(units, runUnit(text, runStart, len(text)))
	}
	return units
}

// runUnit is the unit of the run of letters and digits text[from:to].
func runUnit(text string, from, to int) unit {
	r, size := utf8.DecodeRuneInString(text[from:to])
	if size != to-from {
		r = -1
	}
	return unit{from, to, r}
}

// shortestPath fills jumps for units (gse's segmentWords): at each unit,
// every word of the dictionary that starts there, shortest first, then
// the unit alone when no word of one unit does.
func (d *dict) shortestPath(jumps []jump, units []unit) []jump {
	if cap(jumps) < len(units) {
		jumps = make([]jump, len(units), 2*len(units))
	} else {
		jumps = jumps[:len(units)]
		clear(jumps)
	}
	for cur := range units {
		var base float32
		if cur > 0 {
			base = jumps[cur-1].dist
		}
		n, shortest := int32(0), int32(0)
		for end := cur; end < len(units); end++ {
			if n = d.child(n, units[end].r); n == 0 {
				break
			}
			if d.nodes[n].word {
				if shortest == 0 {
					shortest = int32(end - cur + 1)
				}
				update(&jumps[end], base+d.nodes[n].dist, int32(end-cur+1), n)
			}
		}
		if shortest != 1 {
			update(&jumps[cur], base+pseudoDist, 1, -1)
		}
	}
	return jumps
}

// update keeps the new way to a unit when it is shorter, or the first.
func update(j *jump, dist float32, n, node int32) {
	if j.dist == 0 || j.dist > dist {
		*j = jump{dist, n, node}
	}
}

// appendWords appends the words of the best cut, read back from the end.
func appendWords(out []Word, text string, base int, units []unit, jumps []jump, nodes []node, pos bool) []Word {
	count := 0
	for i := len(units) - 1; i >= 0; i -= int(jumps[i].n) {
		count++
	}
	at := len(out) + count
	out = append(out, make([]Word, count)...)
	for i := len(units) - 1; i >= 0; i -= int(jumps[i].n) {
		at--
		start, end := units[i-int(jumps[i].n)+1].start, units[i].end
		w := Word{Start: base + start, End: base + end, Text: text[start:end]}
		if pos {
			w.Pos = "x"
			if j := jumps[i].node; j >= 0 {
				w.Pos = nodes[j].pos
			}
		}
		out[at] = w
	}
	return out
}
