package serve

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
)

// fitMemoryLimit raises a soft memory limit (skillbook sets 900 MiB) that
// is below half again the live heap: a server holds the whole built site,
// about 1 GiB at 10,000 skill points, and with the heap at the limit the
// collector would run over all of it again and again during every rebuild
// (seconds a save). It returns the limit now in force.
func fitMemoryLimit() int64 {
	limit := debug.SetMemoryLimit(-1)
	if limit == math.MaxInt64 {
		return limit // no limit
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if want := int64(sample[0].Value.Uint64()) * 3 / 2; want > limit {
		debug.SetMemoryLimit(want)
		return want
	}
	return limit
}
