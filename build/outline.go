package build

import (
	"strings"
	"sync"

	"skillbook/internal/manifest"
	"skillbook/internal/output"
	"skillbook/internal/sitemap"
)

// isOutlineFile reports the files that pipeline.indexFiles writes: the
// manifest, the sitemap and the outline scripts.
func isOutlineFile(name string) bool {
	return name == manifest.FileName || name == sitemap.FileName || name == manifest.ScriptName ||
		strings.HasPrefix(name, manifest.OutlineDir+"/")
}

// lazyOutline holds a session's outline files while an edit made them
// stale: they are written the first time one is asked for, which may be
// from several goroutines at once.
type lazyOutline struct {
	mu    sync.Mutex
	stale bool
	files map[string]output.File // written since they went stale
}

// file returns the current outline file name, written with write if it
// is not yet; ok is false when the outline is not stale.
func (l *lazyOutline) file(name string, write func() []output.File) (f output.File, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.stale {
		return output.File{}, false
	}
	if l.files == nil {
		l.files = map[string]output.File{}
		for _, f := range write() {
			l.files[f.Path] = f
		}
	}
	f, ok = l.files[name]
	return f, ok
}

// take returns the files written since the outline went stale and forgets
// them; the outline is not stale any more.
func (l *lazyOutline) take() map[string]output.File {
	l.mu.Lock()
	defer l.mu.Unlock()
	files := l.files
	l.stale, l.files = false, nil
	return files
}

func (l *lazyOutline) reset() { l.take() }

// markStale makes the outline stale: written again when next asked for.
func (l *lazyOutline) markStale() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stale, l.files = true, nil
}
