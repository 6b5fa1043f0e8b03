package build

import (
	"errors"
	"path/filepath"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/link"
	"skillbook/internal/manifest"
	"skillbook/internal/output"
	"skillbook/internal/pool"
	"skillbook/internal/quiz"
	"skillbook/internal/render"
	"skillbook/internal/search"
	"skillbook/internal/segmenter"
	"skillbook/internal/sitemap"
)

// parse parses every page's Markdown, in parallel.
func (p *pipeline) parse() diag.List {
	pages := p.result.Site.Pages()
	found := make([]diag.List, len(pages))
	pool.Each(len(pages), func(i int) {
		found[i] = p.parsePage(pages[i])
	})
	var diags diag.List
	for _, d := range found {
		diags = append(diags, d...)
	}
	return diags
}

func (p *pipeline) parsePage(page *content.Page) diag.List {
	if page.Source == nil {
		return nil
	}
	doc, issues := p.conv.Parse(page.Body())
	page.Doc = doc
	var diags diag.List
	for _, is := range issues {
		diags.Errorf(diag.At(page.Path, page.Source, page.BodyStart+is.Offset), is.Hint, "%s", is.Message)
	}
	return diags
}

// link links the pages to each other and the quizzes to their pages, and
// makes the drills.
func (p *pipeline) link() diag.List {
	graph, diags := link.Link(p.result.Site)
	p.graph = graph
	quizzes, more := quiz.Link(p.quizzes, p.result.Site)
	p.result.Quizzes = append(quizzes, quiz.Drills(p.result.Site)...)
	return append(diags, more...)
}

// render renders the pages. The search analysis and its export need only
// the parsed pages, so they start now and run beside rendering, on the
// cores that rendering leaves idle; the index stage waits for them.
func (p *pipeline) render() diag.List {
	docs := search.Docs(p.result.Site)
	p.searching = make(chan searchExport, 1)
	go func() {
		ix := search.New(docs, search.Options{Words: segmenter.New(nil), Synonyms: p.result.Site.Config.Search.Synonyms})
		p.searching <- searchExport{ix, ix.Export()}
	}()
	r := &render.Renderer{Site: p.result.Site, Graph: p.graph, Converter: p.conv, Theme: p.theme, Quizzes: p.result.Quizzes, LMS: p.opts.LMS}
	if p.opts.Progress != nil {
		r.Progress = newProgress(p.opts.Progress, "render").report
	}
	p.renderer = r
	files, diags := r.Render()
	for _, f := range p.result.Site.Files {
		files = append(files, output.File{Path: f.URL, From: filepath.Join(p.opts.SiteDir, filepath.FromSlash(f.Path))})
	}
	p.result.Files = files
	return diags
}

// index indexes the site: the manifest, the sitemap, and the search index
// with its static export.
func (p *pipeline) index() diag.List {
	p.result.Files = append(p.result.Files, p.indexFiles()...)
	done := <-p.searching
	p.result.Search = done.index
	p.result.Files = append(p.result.Files, done.files...)
	return checkPaths(p.opts.SiteDir, p.result.Files)
}

func (p *pipeline) indexFiles() []output.File {
	site := p.result.Site
	var urls []string
	for _, page := range site.Pages() {
		urls = append(urls, page.URL)
	}
	m := manifest.New(site, p.result.Quizzes, p.graph.Course)
	files := []output.File{
		{Path: manifest.FileName, Data: m.JSON()},
		{Path: sitemap.FileName, Data: sitemap.New(site.Config.BaseURL, urls)},
	}
	for _, f := range m.Outline() {
		files = append(files, output.File{Path: f.Path, Data: f.Data})
	}
	return files
}

func (p *pipeline) write() diag.List {
	if err := output.Write(p.opts.OutDir, p.result.Files, p.opts.Force); err != nil {
		return outputDiag(p.opts.OutDir, err)
	}
	return nil
}

// checkOut refuses an output folder that is the site's own or holds files
// of the user's, before anything is built.
func checkOut(opts Options) diag.List {
	if err := output.CheckDir(opts.OutDir, opts.SiteDir, opts.Force); err != nil {
		return outputDiag(opts.OutDir, err)
	}
	return nil
}

// outputDiag turns an error of the write stage into a diagnostic.
func outputDiag(dir string, err error) diag.List {
	var r *output.Refusal
	if errors.As(err, &r) {
		return diag.List{{File: dir, Severity: diag.Error, Message: r.Message, Hint: r.Hint}}
	}
	return diag.List{{File: dir, Severity: diag.Error, Message: "write: " + err.Error()}}
}
