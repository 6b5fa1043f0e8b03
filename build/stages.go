package build

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/link"
	"skillbook/internal/manifest"
	"skillbook/internal/output"
	"skillbook/internal/pool"
	"skillbook/internal/portable"
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
	var before map[string]int
	for i, page := range pages {
		if len(found[i]) == 0 && page.Kind == content.KindSkill && page.KeyPointCount() == 0 {
			if before == nil {
				before = p.keyPointsBefore()
			}
			found[i] = p.keyPointsGone(page, before[page.URL])
		}
	}
	var diags diag.List
	for _, d := range found {
		diags = append(diags, d...)
	}
	if p.opts.Course == "" && !diags.HasErrors() && !p.result.Diags.HasErrors() {
		p.analyse()
	}
	return diags
}

func (p *pipeline) parsePage(page *content.Page) diag.List {
	if page.Source == nil {
		return nil
	}
	doc, issues := p.conv.ParsePage(page.Body(), page.Title(), page.Kind == content.KindSkill)
	page.Doc = doc
	var diags diag.List
	for _, is := range issues {
		d := diag.At(page.Path, page.Source, page.BodyStart+is.Offset)
		if is.Warning {
			diags.Warnf(d, is.Hint, "%s", is.Message)
			continue
		}
		diags.Errorf(d, is.Hint, "%s", is.Message)
	}
	return diags
}

// link links the pages to each other and the quizzes to their pages, and
// makes the drills.
func (p *pipeline) link() diag.List {
	graph, diags := link.Link(p.result.Site)
	p.graph = graph
	moved := map[string]string{} // a page's names in an earlier build to its id now, for the quizzes' hints
	for from, to := range p.renamed(p.earlierPages()) {
		if to.kind != quizKind {
			moved[strings.TrimSuffix(from, "/")] = to.id
			for _, name := range p.servedNames()[from] {
				moved[name] = to.id
			}
		}
	}
	quizzes, more := quiz.Link(p.quizzes, p.result.Site, moved)
	p.result.Quizzes = append(quizzes, quiz.Drills(p.result.Site)...)
	return append(diags, more...)
}

// render renders the pages. The search analysis and its export need only
// the parsed pages, so they start now and run beside rendering, on the
// cores that rendering leaves idle; the index stage waits for them. With
// an output folder, files go into its staging folder as soon as they are
// made (see stageFiles): the build never holds them all at once.
func (p *pipeline) render() diag.List {
	if p.opts.OutDir != "" {
		staging, err := output.Stage(p.opts.OutDir, p.opts.Force)
		if err != nil {
			return outputDiag(p.opts.OutDir, err)
		}
		p.staging = staging
	}
	p.startSearch()
	r := &render.Renderer{Site: p.result.Site, Graph: p.graph, Converter: p.conv, Theme: p.theme, Quizzes: p.result.Quizzes, LMS: p.opts.LMS}
	if p.opts.Progress != nil {
		r.Progress = newProgress(p.opts.Progress, "render").report
	}
	p.renderer = r
	var written errorList
	if p.staging != nil {
		r.Rendered = func(f *output.File) { written.add(p.stageFile(f)) }
		r.Release = true
	}
	files, diags := r.Render()
	r.Rendered, r.Release = nil, false
	for _, f := range p.result.Site.Files {
		files = append(files, output.File{Path: f.URL, From: filepath.Join(p.opts.SiteDir, filepath.FromSlash(f.Path))})
	}
	p.result.Files = files
	if diags.HasErrors() {
		return diags
	}
	written.add(p.stageFiles(files))
	return append(diags, p.writeDiags(written.err())...)
}

// analyse starts the search analysis of the pages. It needs only the
// parsed pages, so a build of the whole site starts it once they are
// parsed, beside linking (one core's work), and a build of one course
// once the site is scoped. Should linking fail, its work is let go.
func (p *pipeline) analyse() {
	docs := search.Docs(p.result.Site)
	p.analysis = make(chan *search.Index, 1)
	go func() {
		p.analysis <- search.New(docs, search.Options{Words: segmenter.New(nil), Synonyms: p.result.Site.Config.Search.Synonyms})
	}()
}

// startSearch makes the search export once the analysis is done, beside
// rendering; its files go into the staging folder in batches as they are
// made (see search.Index.ExportTo).
func (p *pipeline) startSearch() {
	if p.analysis == nil {
		p.analyse()
	}
	p.searching = make(chan searchExport, 1)
	go func() {
		ix := <-p.analysis
		var written errorList
		files := ix.ExportTo(func(files []output.File) { written.add(p.stageFiles(files)) })
		written.add(p.stageFiles(files))
		p.searching <- searchExport{ix, files, p.writeDiags(written.err())}
	}()
}

// index indexes the site: the manifest, the sitemap, and the search index
// with its static export.
func (p *pipeline) index() diag.List {
	files := p.indexFiles()
	diags := p.writeDiags(p.stageFiles(files))
	p.result.Files = append(p.result.Files, files...)
	done := p.searched()
	p.result.Search = done.index
	p.result.Files = append(p.result.Files, done.files...)
	diags = append(diags, done.diags...)
	return append(diags, checkPaths(p.opts.SiteDir, p.result.Files)...)
}

// searched waits for the search index and its export, once.
func (p *pipeline) searched() searchExport {
	if p.searching != nil {
		p.search = <-p.searching
		p.searching = nil
	}
	return p.search
}

// stageFiles writes files into the staging folder, when there is one, and
// lets their data go. A path that some system cannot store is left out:
// checkPaths reports it, and the build fails.
func (p *pipeline) stageFiles(files []output.File) error {
	if p.staging == nil {
		return nil
	}
	errs := make([]error, len(files))
	pool.EachN(writers, len(files), func(i int) { errs[i] = p.stageFile(&files[i]) })
	return errors.Join(errs...)
}

// stageFile writes one file into the staging folder (see stageFiles).
func (p *pipeline) stageFile(f *output.File) error {
	if portable.Check(f.Path) != nil {
		return nil
	}
	return p.staging.Add(f)
}

// errorList gathers errors from several goroutines.
type errorList struct {
	mu   sync.Mutex
	errs []error
}

func (l *errorList) add(err error) {
	if err != nil {
		l.mu.Lock()
		l.errs = append(l.errs, err)
		l.mu.Unlock()
	}
}

func (l *errorList) err() error { return errors.Join(l.errs...) }

// writeDiags is the diagnostic of an error writing into the staging
// folder, if any.
func (p *pipeline) writeDiags(err error) diag.List {
	if err != nil {
		return outputDiag(p.opts.OutDir, err)
	}
	return nil
}

// writers is how many files are written at once: on a disk, writing is
// bound by the file system's latency, not by the CPU.
const writers = 8

func (p *pipeline) indexFiles() []output.File {
	site := p.result.Site
	var urls []string
	for _, page := range site.Pages() {
		urls = append(urls, page.URL)
	}
	m := manifest.New(site, p.result.Quizzes, p.graph.Course)
	m.Moved = p.moved
	files := []output.File{{Path: manifest.FileName, Data: m.JSON()}}
	if site.Config.BaseURL != "" { // a sitemap's addresses are absolute
		files = append(files, output.File{Path: sitemap.FileName, Data: sitemap.New(site.Config.BaseURL, urls)})
	}
	for _, f := range m.Outline() {
		files = append(files, output.File{Path: f.Path, Data: f.Data})
	}
	return files
}

// write swaps the staging folder, which holds every file by now, in for
// the output folder.
func (p *pipeline) write() diag.List {
	err := p.staging.Commit(p.result.Files)
	p.staging = nil
	if err != nil {
		return outputDiag(p.opts.OutDir, err)
	}
	return nil
}

// discard removes the staging folder of a build that failed, once the
// search export is no longer being written into it.
func (p *pipeline) discard() {
	if p.staging == nil {
		return
	}
	p.searched()
	p.staging.Abort()
	p.staging = nil
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
