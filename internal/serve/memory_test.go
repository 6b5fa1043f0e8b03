package serve

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// TestFitMemoryLimit: a limit below half again the live heap is raised to
// it; none stays none.
func TestFitMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	held := make([]*[1 << 20]byte, 64) // 64 MiB live
	for i := range held {
		held[i] = new([1 << 20]byte)
	}
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	live := int64(sample[0].Value.Uint64())
	debug.SetMemoryLimit(16 << 20)
	if got := fitMemoryLimit(); got < live*3/2 || debug.SetMemoryLimit(-1) != got {
		t.Errorf("limit %d, want at least %d (live heap %d)", got, live*3/2, live)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	if got := fitMemoryLimit(); got != math.MaxInt64 {
		t.Errorf("no limit became %d", got)
	}
	runtime.KeepAlive(held)
}
