// Package pool runs independent pieces of work on every core.
package pool

import (
	"runtime"
	"sync"
)

// Each calls do(i) for every i in [0, n), on one goroutine per core, and
// returns when all calls have returned.
func Each(n int, do func(i int)) { EachN(runtime.GOMAXPROCS(0), n, do) }

// EachN is Each on the given number of goroutines, for work that waits on
// I/O more than it uses a core.
func EachN(workers, n int, do func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				do(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
