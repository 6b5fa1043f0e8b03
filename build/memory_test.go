package build

import (
	"runtime/debug"
	"testing"
)

// TestAllowMemory raises a lower soft memory limit for a large site and
// leaves a higher one, or one GOMEMLIMIT sets, alone.
func TestAllowMemory(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	old := debug.SetMemoryLimit(800 << 20)
	defer debug.SetMemoryLimit(old)
	allowMemory(11400)
	if got := debug.SetMemoryLimit(-1); got != 800<<20 {
		t.Errorf("11,400 pages: limit %d, want 800 MiB kept", got)
	}
	allowMemory(57000)
	if got, want := debug.SetMemoryLimit(-1), int64(57000*memoryPerPage); got != want {
		t.Errorf("57,000 pages: limit %d, want %d", got, want)
	}
	debug.SetMemoryLimit(800 << 20)
	t.Setenv("GOMEMLIMIT", "900MiB")
	allowMemory(57000)
	if got := debug.SetMemoryLimit(-1); got != 800<<20 {
		t.Errorf("with GOMEMLIMIT: limit %d, want it left alone", got)
	}
}
