// Package render is the render stage: it turns the linked site into HTML
// pages with the theme's templates, in parallel, and copies the theme's
// static files.
package render

import (
	"bytes"
	"fmt"
	"html/template"
	"sync"
	"sync/atomic"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/link"
	"skillbook/internal/markdown"
	"skillbook/internal/output"
	"skillbook/internal/pool"
	"skillbook/internal/quiz"
	"skillbook/themes"
)

// Renderer renders a linked site with a theme.
type Renderer struct {
	Site      *content.Site
	Graph     *link.Graph
	Converter *markdown.Converter
	Theme     *themes.Theme
	// Quizzes are the site's quizzes and drills, linked to their pages.
	Quizzes []*quiz.Quiz
	// Progress, when set, is called after each page with the number of
	// pages done and the total, from several goroutines.
	Progress func(done, total int)
	// LMS, a SCORM version, adds the SCORM bridge and the outline to
	// every page.
	LMS string
	// Rendered, when set, is handed each page as soon as it is rendered,
	// from several goroutines: a build writes it and lets its Data go.
	Rendered func(*output.File)
	// Release, when set, lets go of each page's Markdown and HTML as soon
	// as its file is made: a build into a folder renders every page once
	// (serve keeps them, for the pages an edit renders again). Let go at
	// the end of rendering, at 50,000 skill points they were 0.8 GB still
	// held when the search analysis, beside rendering, needs the most.
	Release   bool
	templates map[string]*template.Template
	shared    *sharedPartials
	quizzes   quizIndex
}

// Render renders every page and asset of the site.
func (r *Renderer) Render() ([]output.File, diag.List) {
	tmpls, diags := loadTemplates(r.Theme)
	if diags.HasErrors() {
		return nil, diags
	}
	r.templates = tmpls
	r.shared = newSharedPartials(tmpls)
	r.quizzes = newQuizIndex(r.Quizzes, r.Site)
	files, diags := r.renderViews(r.views())
	files = append(files, r.drillFiles()...)
	if r.LMS == "" { // an LMS package has no old addresses
		files = append(files, r.aliasFiles()...)
	}
	assets, warnings, err := staticFiles(r.Theme)
	diags = append(diags, warnings...)
	labels := labelsScript(r.Site.Config.Language, r.Site.Config.Mastery.Rule())
	var all output.File
	if err == nil {
		all, err = bundle(r.Theme, labels)
	}
	if err != nil {
		diags.Add(diag.Diagnostic{File: "themes", Severity: diag.Error, Message: err.Error()})
		return files, diags
	}
	return append(append(files, assets...), labels, all), diags
}

// Scope is what RenderPages renders beside the pages it is given: the
// pages and data that list the edited ones.
type Scope struct {
	// Tags are the tags whose pages to render.
	Tags []string
	// Courses are the courses whose practice pages, quiz pages and drills'
	// data to render.
	Courses []*content.Course
	// Indexes adds the pages that name every course: the search page, the
	// practice index, the drill page.
	Indexes bool
}

// RenderPages renders the given pages again after an edit, and what scope
// names. Render must have run before.
func (r *Renderer) RenderPages(pages []*content.Page, scope Scope) ([]output.File, diag.List) {
	r.shared = newSharedPartials(r.templates)
	var views []*View
	for _, p := range pages {
		views = append(views, r.pageView(p))
	}
	views = append(views, r.scopeViews(scope)...)
	files, diags := r.renderViews(views)
	return append(files, r.courseDrillFiles(scope.Courses)...), diags
}

// scopeViews are the views RenderPages renders for scope, beside the pages.
func (r *Renderer) scopeViews(scope Scope) []*View {
	var views []*View
	for _, t := range scope.Tags {
		views = append(views, r.tagView(t))
	}
	if len(scope.Courses) == 0 && !scope.Indexes {
		return views // no quiz, practice or drill page to look for among every drill
	}
	views = append(views, r.courseQuizViews(scope.Courses, scope.Indexes)...)
	if scope.Indexes {
		views = append(views, r.searchView())
	}
	return views
}

// ScopePaths lists the output paths that RenderPages renders for scope
// beside the pages themselves, without rendering them: `serve` names them
// to the browsers before it renders them.
func (r *Renderer) ScopePaths(scope Scope) []string {
	var paths []string
	for _, v := range r.scopeViews(scope) {
		paths = append(paths, viewPath(v))
	}
	chapters, _ := r.courseDrillChapters(scope.Courses)
	for _, ch := range chapters {
		paths = append(paths, drillPath(ch))
	}
	return paths
}

// SetDrills replaces the quizzes and drills after an edit made the drills
// of courses again (made): the other quizzes and drills are the same.
func (r *Renderer) SetDrills(quizzes []*quiz.Quiz, courses []*content.Course, made []*quiz.Quiz) {
	r.Quizzes = quizzes
	r.quizzes.redrill(courses, made)
}

func (r *Renderer) renderViews(views []*View) ([]output.File, diag.List) {
	var diags diag.List
	files := make([]output.File, len(views))
	errs := make([]error, len(views))
	var done atomic.Int64
	pool.Each(len(views), func(i int) {
		files[i], errs[i] = r.renderOne(views[i])
		if r.Progress != nil {
			r.Progress(int(done.Add(1)), len(views))
		}
	})
	for i, err := range errs {
		if err != nil {
			diags.Add(diag.Diagnostic{File: views[i].Page.Path, Severity: diag.Error, Message: "render: " + err.Error()})
		}
	}
	return files, diags
}

// renderOne renders a page into a buffer of pageBuffers and hands it to
// Rendered, if set, which writes it and lets its Data go; a page still
// holding its Data then gets a copy of its own.
func (r *Renderer) renderOne(v *View) (output.File, error) {
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer pageBuffers.Put(buf)
	buf.Reset()
	f, err := r.renderPage(v, buf)
	if err != nil {
		return output.File{}, err
	}
	if r.Rendered != nil {
		r.Rendered(&f)
	}
	if r.Release {
		release(v.Page)
	}
	if f.Data != nil {
		f.Data = bytes.Clone(f.Data)
	}
	return f, nil
}

// release lets go of a page's Markdown and HTML (see Renderer.Release).
func release(p *content.Page) {
	p.Source = nil
	if p.Doc != nil {
		p.Doc.Source, p.Doc.HTML = nil, ""
	}
}

// renderPage renders the page's Markdown and runs its template into buf;
// the file's Data is buf's bytes.
func (r *Renderer) renderPage(v *View, buf *bytes.Buffer) (output.File, error) {
	if v.err != nil {
		return output.File{}, v.err
	}
	if doc := v.Page.Doc; doc != nil {
		body, err := r.Converter.HTML(doc)
		if err != nil {
			return output.File{}, err
		}
		v.Content = template.HTML(body)
	}
	name := string(v.Kind)
	if err := r.templates[name].ExecuteTemplate(buf, "baseof.html", v); err != nil {
		return output.File{}, fmt.Errorf("template %s.html: %w", name, err)
	}
	return output.File{Path: viewPath(v), Data: buf.Bytes()}, nil
}

// viewPath is the output path of a view's page.
func viewPath(v *View) string {
	if v.absolute != "" {
		return "404.html"
	}
	return v.Page.URL + "index.html"
}

// pageBuffers are the buffers pages are rendered into: growing a fresh one
// for each page doubled the render stage's garbage.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}
