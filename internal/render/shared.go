package render

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"skillbook/internal/content"
)

// sharedPartials holds the partials that many pages share (see View.Shared),
// rendered once each for the run of the renderer.
type sharedPartials struct {
	templates map[string]*template.Template
	mu        sync.Mutex
	html      map[string]template.HTML
	// prints holds each skill point's KeyPointsPrint once made: the course
	// contents of every page of a chapter list its skill points, so each
	// print was made about ten times.
	prints sync.Map // *content.Page → string
	// navLinks holds the course contents' links made so far (see
	// View.navLink), by the page linked to and the linking page's folder.
	navLinks sync.Map // navKey → string
}

// navKey is a link of the course contents: to a page, from the pages of
// a folder (View.linkFolder).
type navKey struct {
	to   *content.Page
	from string
}

// navLink returns v's link to p in the course contents, making it the
// first time a page of v's folder (v.linkFolder()) links to p. p must not
// be v's page nor in its folder.
func (s *sharedPartials) navLink(v *View, p *content.Page, folder string) string {
	key := navKey{p, folder}
	if link, ok := s.navLinks.Load(key); ok {
		return link.(string)
	}
	link := v.makeNavLink(p)
	s.navLinks.Store(key, link)
	return link
}

func newSharedPartials(templates map[string]*template.Template) *sharedPartials {
	return &sharedPartials{templates: templates, html: map[string]template.HTML{}}
}

// print returns p's KeyPointsPrint, making it the first time. The pages do
// not change while a renderer runs (a renderer's run makes a new
// sharedPartials).
func (s *sharedPartials) print(p *content.Page) string {
	if kps, ok := s.prints.Load(p); ok {
		return kps.(string)
	}
	kps := keyPointsPrint(strings.Fields(p.KeyPointIDs()))
	s.prints.Store(p, kps)
	return kps
}

// Shared returns the named partial template as rendered for every page of
// this kind at this folder depth: it is rendered for the first of them and
// reused, which spares every page its header's and footer's dozens of
// template actions. Such a partial may use the site (.Site, .Graph), .Kind,
// .URL, .T and .Label, but nothing of the page itself.
func (v *View) Shared(name string) (template.HTML, error) {
	s := v.shared
	key := name + "\x00" + string(v.Kind) + "\x00" + v.URL("")
	s.mu.Lock()
	html, ok := s.html[key]
	s.mu.Unlock()
	if ok {
		return html, nil
	}
	var buf bytes.Buffer
	if err := s.templates[string(v.Kind)].ExecuteTemplate(&buf, name, v); err != nil {
		return "", fmt.Errorf("shared partial %q: %w", name, err)
	}
	html = template.HTML(buf.String())
	s.mu.Lock()
	s.html[key] = html
	s.mu.Unlock()
	return html, nil
}
