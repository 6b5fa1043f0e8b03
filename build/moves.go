package build

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/manifest"
	"skillbook/internal/rawfile"
)

// moves warns of pages that an earlier build into the output folder had at
// another address — a file renamed or moved, a folder renamed: the same
// kind of page with the same title at an address new since — unless an
// alias keeps the old address: bookmarks and links to it would fail. The
// manifest carries each such address on (p.moved), so that the next
// builds warn of it too, until an alias keeps it, a page stands there
// again, or the page is gone.
func (p *pipeline) moves() diag.List {
	last := p.lastBuild()
	if last == nil {
		return nil
	}
	now, byID := p.addresses(), map[string]*content.Page{}
	for _, pg := range p.result.Site.Pages() {
		byID[pg.ID] = pg
	}
	for _, m := range last.moved {
		if to := byID[m.To]; to != nil && !now[m.From] {
			p.moved = append(p.moved, m)
		}
	}
	for from, to := range p.renamed() {
		if !now[from] {
			p.moved = append(p.moved, manifest.Moved{From: from, To: to.ID})
		}
	}
	slices.SortFunc(p.moved, func(a, b manifest.Moved) int { return strings.Compare(a.From, b.From) })
	var diags diag.List
	for _, m := range p.moved {
		to, alias := byID[m.To], m.From[:len(m.From)-1]
		diags.Warnf(diag.AtLine(to.Path, to.Source, 1, 1), "write `"+to.AliasesWith(alias)+"` in its front matter, and the old address leads here",
			"this page was at %s in an earlier build: bookmarks and links to that address fail", m.From)
	}
	return diags
}

// lastBuild is what the last build into the output folder left in its
// skillbook.json, read once; nil when there is none, or the build makes
// no site of its own there (check, one course, an LMS package).
func (p *pipeline) lastBuild() *lastBuild {
	if p.last == nil && p.opts.OutDir != "" && p.opts.Course == "" && p.opts.LMS == "" {
		if last, ok := readLastBuild(filepath.Join(p.opts.OutDir, manifest.FileName)); ok {
			p.last = &last
		}
	}
	return p.last
}

// renamed maps the URL of each page of the last build that the site has
// no page at now to the page that took its place: the same kind of page
// with the same title, at an address new since.
func (p *pipeline) renamed() map[string]*content.Page {
	last := p.lastBuild()
	if last == nil {
		return nil
	}
	was, fresh := map[string]bool{}, map[lastPage]*content.Page{}
	for _, e := range last.pages {
		was[e.url] = true
	}
	now := map[string]bool{}
	for _, pg := range p.result.Site.Pages() {
		now[pg.URL] = true
		if !was[pg.URL] {
			fresh[lastPage{kind: pg.Kind, title: pg.Title()}] = pg
		}
	}
	out := map[string]*content.Page{}
	for _, e := range last.pages {
		if to := fresh[lastPage{kind: e.kind, title: e.title}]; to != nil && !now[e.url] {
			out[e.url] = to
		}
	}
	return out
}

// addresses are the URLs of the site's pages and of their aliases.
func (p *pipeline) addresses() map[string]bool {
	now := map[string]bool{}
	for _, pg := range p.result.Site.Pages() {
		now[pg.URL] = true
		for _, a := range pg.Aliases() {
			now[a+"/"] = true
		}
	}
	return now
}

// lastPage is a page of the last build: its kind, title and URL.
type lastPage struct {
	kind  content.Kind
	title string
	url   string
}

// lastBuild is what moves reads of the last build's skillbook.json: its
// courses, chapters, skill points and articles, and the moves it carried.
type lastBuild struct {
	pages []lastPage
	moved []manifest.Moved
}

// readLastBuild reads the last build's skillbook.json; ok is false when
// there is none to read.
func readLastBuild(path string) (last lastBuild, ok bool) {
	b, err := rawfile.ReadFile(path)
	var f struct {
		Courses []struct {
			manifest.Entry
			Chapters []struct {
				manifest.Entry
				Skills []manifest.Entry `json:"skills"`
			} `json:"chapters"`
		} `json:"courses"`
		Library []manifest.Entry `json:"library"`
		Moved   []manifest.Moved `json:"moved"`
	}
	if err != nil || json.Unmarshal(b, &f) != nil {
		return last, false
	}
	add := func(kind content.Kind, e manifest.Entry) {
		url := e.URL
		if url == "" {
			url = e.ID + "/"
		}
		last.pages = append(last.pages, lastPage{kind, e.Title, url})
	}
	for _, c := range f.Courses {
		add(content.KindCourse, c.Entry)
		for _, ch := range c.Chapters {
			add(content.KindChapter, ch.Entry)
			for _, s := range ch.Skills {
				add(content.KindSkill, s)
			}
		}
	}
	for _, a := range f.Library {
		add(content.KindArticle, a)
	}
	last.moved = f.Moved
	return last, true
}
