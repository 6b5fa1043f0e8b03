package build

import (
	"strings"
	"sync"
	"time"

	"skillbook/internal/diag"
	"skillbook/internal/output"
	"skillbook/internal/search"
)

// rest is the part of an edit that `serve` does once the edited pages are
// served: the other pages that show what changed (lists, sidebars, pagers,
// tags, practice pages), the drills and the search index. Whoever needs it
// first does it — the server right after telling the browsers, a request
// for one of the files it changes or a search, the next edit — and the
// others wait for it, so that nothing it changes is served stale.
type rest struct {
	once sync.Once
	work func() *Result
	// paths are the edited source files: read again by the next update
	// should the rest fail.
	paths []string
	// names are the output files it may change; every search export file
	// (and the search page) waits for it too.
	names map[string]bool
	done  *Result
	made  map[string]output.File // done's files by path
}

// covers reports whether the rest may change the output file name.
func (r *rest) covers(name string) bool {
	return r.names[name] || strings.HasPrefix(name, search.ExportDir)
}

// finish does the rest, once, and returns what it made.
func (r *rest) finish() *Result {
	r.once.Do(func() {
		start := time.Now()
		r.done = r.work()
		r.done.Elapsed = time.Since(start)
		r.work = nil
		r.made = make(map[string]output.File, len(r.done.Files))
		for _, f := range r.done.Files {
			r.made[f.Path] = f
		}
	})
	return r.done
}

// file returns the rest's version of the output file name: ok is false
// when the rest did not make it.
func (r *rest) file(name string) (f output.File, ok bool) {
	if !r.covers(name) {
		return output.File{}, false
	}
	r.finish()
	f, ok = r.made[name]
	return f, ok
}

// Settle does what the last update left for after its edited pages were
// served (see Save), if anything, and returns what it rendered and found;
// nil when nothing was left. Requests for the files it changes wait for it
// meanwhile. It may run while File and Search are called.
func (s *Session) Settle() *Result {
	if r := s.rest; r != nil {
		return r.finish()
	}
	return nil
}

// fold finishes the last edit's rest and puts its files into the session's
// output, and a whole new search export written since an edit made it due,
// before another update.
func (s *Session) fold() {
	if r := s.rest; r != nil {
		done := r.finish()
		s.rest = nil
		s.merge(done.Files)
		if done.Diags.HasErrors() {
			for _, p := range r.paths {
				s.failed[p] = true
			}
		}
	}
	s.takeExport()
}

// restResult gathers the rest's files and diagnostics.
func restResult(files []output.File, diags diag.List) *Result {
	res := &Result{Files: files, Diags: diags}
	res.Diags.Sort()
	res.Stats = editStats(res)
	return res
}

// editStats counts the pages an edit rendered: the site's counts stay the
// last whole build's.
func editStats(r *Result) Stats {
	var s Stats
	for _, f := range r.Files {
		if strings.HasSuffix(f.Path, ".html") {
			s.Pages++
		}
	}
	return s
}
