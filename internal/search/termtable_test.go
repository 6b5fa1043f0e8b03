package search

import (
	"math/rand/v2"
	"testing"
)

// TestTermTable gives numbers to 100,000 random short terms, the empty one
// and some twice, and finds each again, as a map does.
func TestTermTable(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	table, want := newTermTable(), map[uint64]int32{}
	for i := range 100000 {
		term := make([]byte, r.IntN(8))
		for j := range term {
			term[j] = byte(r.Uint32())
		}
		if i%10 == 0 {
			term = term[:min(len(term), 1)] // many repeats
		}
		k := packTerm(string(term))
		got, ok := table.get(k)
		if id, seen := want[k]; ok != seen || got != id && seen {
			t.Fatalf("term %q: got %d %v, want %d %v", term, got, ok, id, seen)
		}
		if !ok {
			want[k] = int32(i)
			table.put(k, int32(i))
		}
	}
	for k, id := range want {
		if got, ok := table.get(k); !ok || got != id {
			t.Fatalf("key %x: got %d %v, want %d", k, got, ok, id)
		}
	}
	if table.used != len(want) || 2*table.used > len(table.slots) {
		t.Errorf("%d used of %d slots for %d keys", table.used, len(table.slots), len(want))
	}
}
