package build

import (
	"encoding/json"
	"path/filepath"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/manifest"
	"skillbook/internal/rawfile"
)

// moves warns of pages that the last build into the output folder had at
// another address — a file renamed or moved, a folder renamed: the same
// kind of page with the same title at an address new since — unless an
// alias keeps the old address: bookmarks and links to it would fail.
func (p *pipeline) moves() diag.List {
	if p.opts.OutDir == "" || p.opts.Course != "" || p.opts.LMS != "" {
		return nil
	}
	before := lastBuildPages(filepath.Join(p.opts.OutDir, manifest.FileName))
	if before == nil {
		return nil
	}
	now, was := map[string]bool{}, map[string]bool{}
	for _, e := range before {
		was[e.url] = true
	}
	fresh := map[lastPage]*content.Page{} // by kind and title: the pages at addresses new since
	for _, pg := range p.result.Site.Pages() {
		now[pg.URL] = true
		for _, a := range pg.Aliases() {
			now[a+"/"] = true
		}
		if !was[pg.URL] {
			fresh[lastPage{kind: pg.Kind, title: pg.Title()}] = pg
		}
	}
	var diags diag.List
	for _, e := range before {
		if to := fresh[lastPage{kind: e.kind, title: e.title}]; to != nil && !now[e.url] {
			alias := e.url[:len(e.url)-1]
			diags.Warnf(diag.AtLine(to.Path, to.Source, 1, 1), "write `"+to.AliasesWith(alias)+"` in its front matter, and the old address leads here",
				"this page was at %s in the last build: bookmarks and links to that address would fail", e.url)
		}
	}
	return diags
}

// lastPage is a page of the last build: its kind, title and URL.
type lastPage struct {
	kind  content.Kind
	title string
	url   string
}

// lastBuildPages reads the courses, chapters, skill points and articles of
// the last build's skillbook.json; nil when there is none to read.
func lastBuildPages(path string) []lastPage {
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
	}
	if err != nil || json.Unmarshal(b, &f) != nil {
		return nil
	}
	var out []lastPage
	add := func(kind content.Kind, e manifest.Entry) {
		url := e.URL
		if url == "" {
			url = e.ID + "/"
		}
		out = append(out, lastPage{kind, e.Title, url})
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
	return out
}
