package serve

import (
	"path"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/quiz"
)

// pageLinks maps a site's Markdown files (by their path from the site root)
// to the pages built from them, so that the error overlay can link each
// diagnostic to the page it concerns.
type pageLinks struct {
	urls map[string]string
	site *content.Site // the site learned last
}

// learn records the pages of a build's site. A good build's pages replace
// what was known; a failed build's add those it could read. An edit keeps
// the site, and its pages' files and URLs (others build a new site).
func (l *pageLinks) learn(site *content.Site, good bool) {
	if site != nil && site == l.site {
		return
	}
	if good || l.urls == nil {
		l.urls = map[string]string{}
	}
	l.site = site
	if site == nil {
		return
	}
	for _, p := range site.Pages() {
		if p != nil && p.Path != "" {
			l.urls[p.Path] = p.URL
		}
	}
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
