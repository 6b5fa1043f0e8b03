package build

import (
	"cmp"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/manifest"
	"skillbook/internal/quiz"
	"skillbook/internal/rawfile"
)

// moves warns of pages and quizzes that an earlier build into the output
// folder had at another address — a file renamed or moved, a folder
// renamed: the same kind of page, or a quiz, with the same title at an
// address new since — unless an alias keeps the old address: bookmarks
// and links to it would fail. The manifest carries each such address on
// (p.moved), so that the next builds warn of it too, until an alias keeps
// it, a page stands there again, or the page is gone.
func (p *pipeline) moves() diag.List {
	last := p.lastBuild()
	if last == nil {
		return nil
	}
	now, byID := map[string]bool{}, map[string]movable{}
	for _, m := range p.movables() {
		byID[m.key()] = m
		now[m.url] = true
		for _, a := range m.aliases {
			now[content.AliasPath(a)+"/"] = true
		}
	}
	for _, m := range last.moved {
		if _, ok := byID[movedKey(m)]; ok && !now[m.From] {
			p.moved = append(p.moved, m)
		}
	}
	for from, to := range p.renamed(last.pages) {
		if !now[from] {
			p.moved = append(p.moved, manifest.Moved{From: from, To: to.id, Quiz: to.kind == quizKind})
		}
	}
	slices.SortFunc(p.moved, func(a, b manifest.Moved) int { return strings.Compare(a.From, b.From) })
	var diags diag.List
	for _, m := range p.moved {
		diags.Add(movedWarning(m, byID[movedKey(m)]))
	}
	return diags
}

// movedWarning says that to was at m.From, and which aliases: line keeps
// that address.
func movedWarning(m manifest.Moved, to movable) diag.Diagnostic {
	where, what := "in its front matter", "page"
	if m.Quiz {
		where, what = "in it", "quiz"
	}
	with := content.AliasesLine(to.aliases, strings.TrimSuffix(m.From, "/"))
	return diag.Diagnostic{File: to.at.File, Line: to.at.Line, Col: to.at.Col, Source: to.at.Source, Severity: diag.Warning,
		Message: "this " + what + " was at " + m.From + " in an earlier build: bookmarks and links to that address fail",
		Hint:    "write `" + with + "` " + where + ", and the old address leads here"}
}

// quizKind is the kind of a movable that is a quiz.
const quizKind content.Kind = "quiz"

// movable is what has an address that an earlier build may have given it
// otherwise: a page or a quiz, with where a warning about it points.
type movable struct {
	kind           content.Kind
	id, url, title string
	aliases        []string
	at             diag.Pos
}

// key finds the movable again by a manifest's Moved.To (see movedKey).
func (m movable) key() string { return keyOf(m.kind == quizKind, m.id) }

// movedKey is the key of the movable a manifest's Moved names.
func movedKey(m manifest.Moved) string { return keyOf(m.Quiz, m.To) }

func keyOf(quiz bool, id string) string {
	if quiz {
		return "quiz " + id
	}
	return id
}

// movables are the site's pages and quizzes (drills, whose page is the
// drill page's, aside).
func (p *pipeline) movables() []movable {
	var out []movable
	for _, pg := range p.result.Site.Pages() {
		out = append(out, movable{pg.Kind, pg.ID, pg.URL, pg.Title(), pg.Aliases(), diag.AtLine(pg.Path, pg.Source, 1, 1)})
	}
	for _, f := range p.quizzes {
		if q := f.Quiz; q.Target != nil && !q.Drill {
			out = append(out, movable{quizKind, q.ID, q.URL(), q.Title, q.Aliases, f.At("title")})
		}
	}
	return out
}

// lastBuild is what the last build into the output folder (or, for
// check, the folder the site is published from) left in its
// skillbook.json, read once; nil when there is none, or the build makes no
// site of its own there (one course, an LMS package).
func (p *pipeline) lastBuild() *lastBuild {
	out := cmp.Or(p.opts.OutDir, p.opts.Published)
	if p.last == nil && out != "" && p.opts.Course == "" && p.opts.LMS == "" {
		if last, ok := readLastBuild(filepath.Join(out, manifest.FileName)); ok {
			p.last = &last
		}
	}
	return p.last
}

// renamed maps the URL of each page and quiz of an earlier build that the
// site has none at now to the one that took its place: the same kind of
// page, or a quiz, with the same title, at an address new since.
func (p *pipeline) renamed(pages []lastPage) map[string]movable {
	was, fresh := map[string]bool{}, map[lastPage]movable{}
	for _, e := range pages {
		was[e.url] = true
	}
	now := map[string]bool{}
	for _, m := range p.movables() {
		now[m.url] = true
		if !was[m.url] {
			fresh[lastPage{kind: m.kind, title: m.title}] = m
		}
	}
	out := map[string]movable{}
	for _, e := range pages {
		if to, ok := fresh[lastPage{kind: e.kind, title: e.title}]; ok && !now[e.url] {
			out[e.url] = to
		}
	}
	return out
}

// earlierPages are the pages the quizzes' hints compare the site with: the
// last build's into the output folder, and in a Session its last good
// build's.
func (p *pipeline) earlierPages() []lastPage {
	var pages []lastPage
	if last := p.lastBuild(); last != nil {
		pages = last.pages
	}
	if p.opts.served != nil {
		for _, pg := range p.opts.served.Pages() {
			pages = append(pages, lastPage{pg.Kind, pg.Title(), pg.URL, pg.KeyPointCount()})
		}
	}
	return pages
}

// servedNames maps the URL of each page of a Session's last good build to
// the other names a quiz may have given it there (its file's path), made
// once.
func (p *pipeline) servedNames() map[string][]string {
	if p.servedRefs == nil && p.opts.served != nil {
		p.servedRefs = map[string][]string{}
		for _, pg := range p.opts.served.Pages() {
			p.servedRefs[pg.URL] = quiz.RefNames(pg)
		}
	}
	return p.servedRefs
}

// lastPage is a page or quiz of the last build: its kind, title and URL.
type lastPage struct {
	kind      content.Kind
	title     string
	url       string
	keyPoints int // a skill point's
}

// lastBuild is what moves reads of the last build's skillbook.json: its
// courses, chapters, skill points, articles and quizzes, and the moves it
// carried.
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
				Skills []struct {
					manifest.Entry
					KeyPoints int `json:"keypointCount"`
				} `json:"skills"`
			} `json:"chapters"`
		} `json:"courses"`
		Library []manifest.Entry `json:"library"`
		Quizzes []manifest.Quiz  `json:"quizzes"`
		Moved   []manifest.Moved `json:"moved"`
	}
	if err != nil || json.Unmarshal(b, &f) != nil {
		return last, false
	}
	add := func(kind content.Kind, e manifest.Entry, keyPoints int) {
		url := e.URL
		if url == "" {
			url = e.ID + "/"
		}
		last.pages = append(last.pages, lastPage{kind, e.Title, url, keyPoints})
	}
	for _, c := range f.Courses {
		add(content.KindCourse, c.Entry, 0)
		for _, ch := range c.Chapters {
			add(content.KindChapter, ch.Entry, 0)
			for _, s := range ch.Skills {
				add(content.KindSkill, s.Entry, s.KeyPoints)
			}
		}
	}
	for _, a := range f.Library {
		add(content.KindArticle, a, 0)
	}
	for _, q := range f.Quizzes {
		if !q.Drill {
			add(quizKind, q.Entry, 0)
		}
	}
	last.moved = f.Moved
	return last, true
}
