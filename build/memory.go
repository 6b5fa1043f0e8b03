package build

import (
	"os"
	"runtime/debug"
)

// memoryPerPage is the soft memory limit a build allows itself per page
// (debug.SetMemoryLimit). The commands set 900 MiB, which keeps a build of
// 10,000 skill points (11,400 pages) under 1 GiB; a larger site's live
// heap passes that (at most 1.9 GB at 50,000 skill points), and the
// collector would then run without pause. 48 KB a page is 2.6 GiB at
// 57,000 pages, the build's peak RSS then; 40 KB (2.2 GiB) took a fifth
// more CPU (docs/benchmarks.md, "Build memory at 50,000 points").
const memoryPerPage = 48 << 10

// allowMemory raises the soft memory limit to memoryPerPage for each of
// pages pages, when it is lower and GOMEMLIMIT does not set it.
func allowMemory(pages int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if want := int64(pages) * memoryPerPage; want > debug.SetMemoryLimit(-1) {
		debug.SetMemoryLimit(want)
	}
}
