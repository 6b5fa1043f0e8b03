// Package serve is the development server: it serves the site from memory,
// rebuilds it when its files change, reloads the pages open in browsers,
// and shows build errors over the last good site until they are fixed.
package serve

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"skillbook/build"
	"skillbook/internal/diag"
	"skillbook/internal/output"
)

// Server serves one site. Its state — the last good build and the current
// diagnostics — lives in the value, not in globals.
type Server struct {
	siteDir string
	log     io.Writer
	hub     *hub

	mu    sync.RWMutex
	files map[string]output.File
	diags diag.List
}

// New builds the site in siteDir and returns a server for it; the build's
// diagnostics are printed to log. An error-free first build is not required:
// the server then shows the errors until they are fixed.
func New(siteDir string, log io.Writer) *Server {
	s := &Server{siteDir: siteDir, log: log, hub: newHub(), files: map[string]output.File{}}
	res := build.Build(build.Options{SiteDir: siteDir})
	s.apply(res, nil)
	fmt.Fprint(log, res.Summary())
	if len(res.Diags) > 0 {
		fmt.Fprint(log, res.Diags.String())
	}
	return s
}

// Rebuild builds the site again after the files in changed were touched,
// swaps in the new output if it has no errors, and tells the open pages.
func (s *Server) Rebuild(changed []string) {
	res := build.Build(build.Options{SiteDir: s.siteDir})
	touched := map[string]bool{}
	for _, p := range changed {
		touched[p] = true
	}
	updated := s.apply(res, touched)
	what := strings.Join(relPaths(s.siteDir, changed), ", ")
	stamp := time.Now().Format("15:04:05")
	if res.Diags.HasErrors() {
		fmt.Fprintf(s.log, "%s %s: %d error(s), still serving the last good site\n%s", stamp, what, res.Diags.Count(diag.Error), res.Diags)
		return
	}
	fmt.Fprintf(s.log, "%s %s: %d file(s) updated in %d ms\n", stamp, what, len(updated), res.Elapsed.Milliseconds())
}

// apply keeps a good build's files, records the diagnostics, and sends the
// events for them. touched holds the source files that changed. It returns
// the output paths that changed.
func (s *Server) apply(res *build.Result, touched map[string]bool) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.diags = res.Diags
	if res.Diags.HasErrors() {
		s.hub.broadcast(event{"errors", diagsJSON(res.Diags)})
		return nil
	}
	next := make(map[string]output.File, len(res.Files))
	for _, f := range res.Files {
		next[f.Path] = f
	}
	updated := changedPaths(s.files, next, touched)
	s.files = next
	data, _ := json.Marshal(map[string]any{"paths": updated})
	s.hub.broadcast(event{"change", data})
	return updated
}

// changedPaths lists the paths whose content differs between two builds,
// added and removed ones included, sorted. A file copied from the site
// changed when its source was touched.
func changedPaths(old, next map[string]output.File, touched map[string]bool) []string {
	var paths []string
	for p, f := range next {
		o, ok := old[p]
		if !ok || o.From != f.From || string(o.Data) != string(f.Data) || f.From != "" && touched[f.From] {
			paths = append(paths, p)
		}
	}
	for p := range old {
		if _, ok := next[p]; !ok {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	return paths
}

func diagsJSON(diags diag.List) []byte {
	type item struct {
		diag.Diagnostic
		Text string `json:"text"`
	}
	items := make([]item, len(diags))
	for i, d := range diags {
		items[i] = item{d, d.String()}
	}
	b, _ := json.Marshal(map[string]any{"diagnostics": items})
	return b
}

// relPaths shows changed paths relative to the site, for the terminal.
func relPaths(root string, paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = p
		if rel, err := filepath.Rel(root, p); err == nil {
			out[i] = filepath.ToSlash(rel)
		}
	}
	return out
}
