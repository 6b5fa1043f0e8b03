package search

import "math/bits"

// termTable maps short terms, packed in a number (packTerm), to their
// numbers. The analysis looks a term up for each of its 10 million
// postings at 10,000 skill points, in a table of 160,000 terms a part that
// outgrows the caches: a Go map's lookup touched its group's control word
// and then the slot, two or three lines of the cache; here a key and its
// number lie side by side, found by linear probing, mostly in one line.
type termTable struct {
	slots []termSlot // a power of two of them; key 0: empty
	shift uint       // 64 − log2(len(slots))
	used  int
}

type termSlot struct {
	key uint64 // the packed term with usedBit set
	id  int32
}

// usedBit marks a slot in use: packTerm leaves it clear (the length, at
// most 7, is in the top byte's low bits), and the empty term packs to 0.
const usedBit = 1 << 63

func newTermTable() *termTable {
	t := &termTable{}
	t.resize(1 << 10)
	return t
}

// slot returns the slot of key k (packTerm), or the empty slot where it
// would go.
func (t *termTable) slot(k uint64) *termSlot {
	k |= usedBit
	mask := len(t.slots) - 1
	for i := int((k * 0x9E3779B97F4A7C15) >> t.shift); ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.key == k || s.key == 0 {
			return s
		}
	}
}

// get returns the number of key k, or false.
func (t *termTable) get(k uint64) (int32, bool) {
	s := t.slot(k)
	return s.id, s.key != 0
}

// put gives key k, not in the table, the number id.
func (t *termTable) put(k uint64, id int32) {
	if 2*(t.used+1) > len(t.slots) {
		t.resize(2 * len(t.slots))
	}
	*t.slot(k) = termSlot{k | usedBit, id}
	t.used++
}

// resize moves the keys into n slots.
func (t *termTable) resize(n int) {
	old := t.slots
	t.slots = make([]termSlot, n)
	t.shift = uint(64 - bits.TrailingZeros(uint(n)))
	for _, s := range old {
		if s.key != 0 {
			*t.slot(s.key &^ usedBit) = s
		}
	}
}
