package build

import (
	"strings"
	"sync"

	"skillbook/internal/output"
	"skillbook/internal/search"
)

// lazyExport holds the whole new search export that an edit made due
// (search.Update's whole: the common terms, a file count or the packs'
// dictionary changed), written when first asked for, not by the edit: at
// 10,000 skill points it takes seconds of CPU where an edit takes
// milliseconds, and under serve the browser asks /api/search, which needs
// the index alone.
type lazyExport struct {
	mu    sync.Mutex
	stale bool
	files map[string]output.File // written since it went stale
}

// file returns the new export's file name (an export script), written
// with write if it is not yet: found is false when the new export no
// longer has it. ok is false when the export is not stale. While it is,
// every export script is asked here, so that nothing else reads the index's
// export state while write changes it.
func (l *lazyExport) file(name string, write func() []output.File) (f output.File, found, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.stale {
		return output.File{}, false, false
	}
	if l.files == nil {
		l.files = map[string]output.File{}
		for _, f := range write() {
			l.files[f.Path] = f
		}
	}
	f, found = l.files[name]
	return f, found, true
}

// take returns the new export once written and forgets it: the export is
// not stale any more. While it is not written, take returns nil and it
// stays stale.
func (l *lazyExport) take() map[string]output.File {
	l.mu.Lock()
	defer l.mu.Unlock()
	files := l.files
	if files != nil {
		l.stale, l.files = false, nil
	}
	return files
}

// markStale makes the export stale: written whole when next asked for.
func (l *lazyExport) markStale() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stale, l.files = true, nil
}

// reset forgets a stale export: a whole build wrote a new one.
func (l *lazyExport) reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stale, l.files = false, nil
}

// takeExport puts a whole new export written since an edit made it due
// into the session's output, in place of the earlier export.
func (s *Session) takeExport() {
	files := s.export.take()
	if files == nil {
		return
	}
	for name := range s.files {
		if _, ok := files[name]; !ok && isExportScript(name) {
			delete(s.files, name)
		}
	}
	for name, f := range files {
		s.files[name] = f
	}
}

// isExportScript reports an output path of the search export's files,
// which a whole new export replaces all of (search/index.html is the
// search page).
func isExportScript(name string) bool {
	return strings.HasPrefix(name, search.ExportDir) && strings.HasSuffix(name, ".js")
}
