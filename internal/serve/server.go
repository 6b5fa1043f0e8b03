// Package serve is the development server: it serves the site from memory,
// rebuilds it when its files change, reloads the pages open in browsers,
// and shows build errors over the last good site until they are fixed.
package serve

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"skillbook/build"
	"skillbook/internal/diag"
)

// Server serves one site. Its state — the build session with the last good
// site, and the current diagnostics — lives in the value, not in globals.
type Server struct {
	siteDir string
	log     io.Writer
	hub     *hub

	mu      sync.RWMutex
	session *build.Session
	diags   diag.List
	links   pageLinks       // the pages of the site's Markdown files
	warned  map[string]bool // the warnings printed so far, each once
}

// New builds the site in siteDir and returns a server for it; the build's
// summary and diagnostics are printed to log. An error-free first build is
// not required: the server then shows the errors until they are fixed.
func New(siteDir string, log io.Writer) *Server {
	session, res := build.NewSession(build.Options{SiteDir: siteDir})
	fitMemoryLimit()
	s := &Server{siteDir: siteDir, log: log, hub: newHub(), session: session, diags: res.Diags, warned: map[string]bool{}}
	s.links.learn(res.Site, !res.Diags.HasErrors())
	fmt.Fprint(log, res.Summary())
	if len(res.Diags) > 0 {
		fmt.Fprint(log, res.Diags.String())
		s.newWarnings(res.Diags)
	}
	if !session.HasBuilt() {
		fmt.Fprintf(log, "%d error(s): every page shows them until they are fixed\n", res.Diags.Count(diag.Error))
	}
	return s
}

// Rebuild rebuilds the site after the files in changed were touched, keeps
// the new output if it has no errors, tells the open pages, and prints one
// line. An edit of existing pages tells them as soon as the edited pages
// are served; the pages that list them, the drills and the search index
// follow at once (Settle), and requests for them wait until they do.
func (s *Server) Rebuild(changed []string) {
	start := time.Now()
	s.mu.Lock()
	res, updated := s.session.Save(changed)
	s.diags = res.Diags
	moved := s.links.learn(res.Site, !res.Diags.HasErrors())
	built := s.session.HasBuilt()
	errorsEvent := s.diagsJSON()
	s.mu.Unlock()
	what := strings.Join(relPaths(s.siteDir, changed), ", ")
	if res.Diags.HasErrors() {
		s.hub.broadcast(event{"errors", errorsEvent})
		fmt.Fprintf(s.log, "%s %s: %d error(s), %s\n%s", stamp(), what, res.Diags.Count(diag.Error), shown(built), res.Diags)
		return
	}
	data, _ := json.Marshal(map[string]any{"paths": updated})
	s.hub.broadcast(event{"change", data})
	pages, served := res.Stats.Pages, time.Since(start)
	if more := s.session.Settle(); more != nil {
		pages += more.Stats.Pages
		if more.Diags.HasErrors() {
			s.settleFailed(more.Diags, what)
			return
		}
		res.Diags = append(res.Diags, more.Diags...)
	}
	fitMemoryLimit() // the site, or the bleve index built by a search, may have grown
	fmt.Fprintf(s.log, "%s %s: %d page(s) rebuilt, %d file(s) changed, %d ms (the edited page served after %d ms)\n",
		stamp(), what, pages, len(updated), time.Since(start).Milliseconds(), served.Milliseconds())
	fmt.Fprint(s.log, moved, s.newWarnings(res.Diags))
}

// newWarnings is the warnings of diags not printed before, as printed;
// they count as printed from now on. A save that leaves a warning in place
// does not print it again.
func (s *Server) newWarnings(diags diag.List) string {
	var fresh diag.List
	for _, d := range diags {
		if text := d.String(); d.Severity == diag.Warning && !s.warned[text] {
			s.warned[text] = true
			fresh = append(fresh, d)
		}
	}
	return fresh.String()
}

// settleFailed shows the errors of the rest of an edit (Settle), whose
// edited pages are served: the next save reads the files again.
func (s *Server) settleFailed(diags diag.List, what string) {
	s.mu.Lock()
	s.diags = diags
	errorsEvent := s.diagsJSON()
	s.mu.Unlock()
	s.hub.broadcast(event{"errors", errorsEvent})
	fmt.Fprintf(s.log, "%s %s: %d error(s), %s\n%s", stamp(), what, diags.Count(diag.Error), shown(true), diags)
}

func stamp() string { return time.Now().Format("15:04:05") }

// shown says what the browser shows while there are errors.
func shown(built bool) string {
	if built {
		return "still serving the last good site"
	}
	return "no good build yet: every page shows the errors"
}

// diagsJSON is the errors event for the open pages: each diagnostic with its
// text and the link to its page, and whether a good build is shown. The
// caller holds s.mu.
func (s *Server) diagsJSON() []byte {
	type item struct {
		diag.Diagnostic
		Text string `json:"text"`
		URL  string `json:"url,omitempty"`
	}
	items := make([]item, len(s.diags))
	for i, d := range s.diags {
		items[i] = item{d, d.String(), s.linkOf(d.File)}
	}
	b, _ := json.Marshal(map[string]any{"diagnostics": items, "built": s.session.HasBuilt()})
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
