package build

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress prints "render 1200/11303" at most a few times a second, on one
// terminal line, and clears it when the work is done.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	stage string
	last  time.Time
	start time.Time
}

func newProgress(w io.Writer, stage string) *progress {
	return &progress{w: w, stage: stage, start: time.Now()}
}

// progressDelay is how long work runs before progress shows: short builds
// print nothing.
const progressDelay = 500 * time.Millisecond

func (p *progress) report(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	switch {
	case done == total && !p.last.IsZero():
		fmt.Fprint(p.w, "\r\033[K")
	case now.Sub(p.start) > progressDelay && now.Sub(p.last) > 200*time.Millisecond:
		fmt.Fprintf(p.w, "\r\033[K%s %d/%d pages", p.stage, done, total)
		p.last = now
	}
}
