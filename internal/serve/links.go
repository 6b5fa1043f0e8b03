package serve

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/quiz"
)

// pageLinks maps a site's Markdown files (by their path from the site root)
// to the pages built from them, so that the error overlay can link each
// diagnostic to the page it concerns.
type pageLinks struct {
	urls  map[string]string
	site  *content.Site     // the site learned last
	good  *content.Site     // the last good build's, which the browser shows
	moved map[string]string // a page's old URL to its new one (see moves)
}

// learn records the pages of a build's site. A good build's pages replace
// what was known; a failed build's add those it could read. An edit keeps
// the site, and its pages' files and URLs (others build a new site). It
// returns a line for each page found moved (see moves), for the terminal.
func (l *pageLinks) learn(site *content.Site, good bool) (moved string) {
	if site != nil && site == l.site {
		return ""
	}
	if good && l.good != nil && site != nil {
		moved = l.moves(l.good, site) // across failed builds: a rename that broke a link, mended
	}
	if good {
		l.good = site
	}
	if good || l.urls == nil {
		l.urls = map[string]string{}
	}
	l.site = site
	if site == nil {
		return moved
	}
	for _, p := range site.Pages() {
		if p != nil && p.Path != "" {
			l.urls[p.Path] = p.URL
		}
	}
	return moved
}

// moves records the pages of before that the site after has under another
// URL — a renamed or moved file, the same kind of page with the same title
// — so that a browser open at the old URL, which the live reload asks for
// again, is sent to the new one rather than 页面不存在. A URL that is a
// page again is no move any more. It returns a line for each move, which
// names the alias that keeps the old address on the published site.
func (l *pageLinks) moves(before, after *content.Site) string {
	now := map[string]bool{}
	fresh := map[string]*content.Page{} // by kind and title: the pages after at URLs new to it
	was := map[string]bool{}
	for _, p := range before.Pages() {
		if p != nil {
			was[p.URL] = true
		}
	}
	for _, p := range after.Pages() {
		if p != nil {
			now[p.URL] = true
			if !was[p.URL] {
				fresh[string(p.Kind)+"\n"+p.Title()] = p
			}
		}
	}
	if l.moved == nil {
		l.moved = map[string]string{}
	}
	var lines strings.Builder
	for _, p := range before.Pages() {
		if p == nil || now[p.URL] {
			continue
		}
		if to, ok := fresh[string(p.Kind)+"\n"+p.Title()]; ok {
			l.moved[p.URL] = to.URL
			if alias := strings.TrimSuffix(p.URL, "/"); !slices.Contains(to.Aliases(), alias) {
				fmt.Fprintf(&lines, "%s moved from /%s to /%s: write `%s` in its front matter to keep the old address on the published site\n", to.Path, p.URL, to.URL, content.AliasesLine(to.Aliases(), alias))
			}
		}
	}
	for from, to := range l.moved {
		if now[from] || !now[to] {
			delete(l.moved, from)
		}
	}
	return lines.String()
}

// movedTo is where the page at output path name (a page's index.html)
// moved, as a request path, or "".
func (l pageLinks) movedTo(name string) string {
	if path.Base(name) != "index.html" {
		return ""
	}
	url := strings.TrimSuffix(name, "index.html")
	if to, ok := l.moved[url]; ok {
		return "/" + to
	}
	return ""
}

// pageOf returns the output path (relative to the root, "" for the home
// page) of the page built from file: a Markdown file's page, or a quiz
// file's quiz page. ok is false for every other file (skillbook.yaml, a
// theme file) and for files without a page.
func (l pageLinks) pageOf(file string) (url string, ok bool) {
	if url, ok := l.urls[file]; ok {
		return url, true
	}
	if ext := path.Ext(file); strings.HasPrefix(file, quiz.Dir+"/") && (ext == ".yaml" || ext == ".yml") {
		q := quiz.Quiz{ID: strings.TrimSuffix(strings.TrimPrefix(file, quiz.Dir+"/"), ext)}
		return q.URL(), true
	}
	return "", false
}

// linkOf returns the link to the page of the last good build that file
// belongs to, "" when it has none. The caller holds s.mu.
func (s *Server) linkOf(file string) string {
	url, ok := s.links.pageOf(file)
	if !ok || !s.session.HasBuilt() {
		return ""
	}
	if _, served := s.session.File(path.Join(url, "index.html")); !served {
		return ""
	}
	return "/" + url
}
