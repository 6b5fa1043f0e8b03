// Package build is Skillbook's build pipeline. Its stages run in the order
// Build lists them — load, parse, link, moves, render, index, write — each
// taking plain data from the one before.
package build

import (
	"fmt"
	"io"
	"time"

	"skillbook/internal/config"
	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/link"
	"skillbook/internal/manifest"
	"skillbook/internal/markdown"
	"skillbook/internal/output"
	"skillbook/internal/quiz"
	"skillbook/internal/render"
	"skillbook/internal/search"
	"skillbook/themes"
)

// Options say what to build and where.
type Options struct {
	// SiteDir is the site's root folder, holding skillbook.yaml.
	SiteDir string
	// OutDir is the output folder; empty means nothing is written (check).
	OutDir string
	// Published, when OutDir is empty, is the folder the site is built
	// into: check compares the site with its last build there, to name
	// the pages and quizzes moved since (see moves).
	Published string
	// Force writes into an existing folder that is not an earlier output;
	// the files the build writes replace those at the same paths.
	Force bool
	// Verbose, when set, receives each stage's time.
	Verbose io.Writer
	// Progress, when set, receives a line that counts rendered pages,
	// rewritten in place; for terminals.
	Progress io.Writer
	// Course, when set, limits the output to that course (its slug or id):
	// its pages, quizzes, drills and files, the home, progress, review and
	// search pages, and a search index of the course alone.
	Course string
	// LMS, the SCORM version ("1.2" or "2004") of a package an LMS
	// launches, adds the runtime bridge (assets/scorm-codec.js and
	// assets/scorm.js) and the outline to every page.
	LMS string
	// served is, in a Session, the site of its last good build: the
	// quizzes' hints name a page by the id it had there (see link).
	served *content.Site
}

// Result is what a build produced and found.
type Result struct {
	// Site is the site as loaded. After a build into a folder its pages
	// no longer hold their Markdown or HTML, and Files no longer hold their
	// data (their Size does): both were let go once written.
	Site *content.Site
	// Quizzes are the site's quizzes and the drills made for it.
	Quizzes []*quiz.Quiz
	// Search is the site's search index, made by the index stage.
	Search  *search.Index
	Files   []output.File
	Diags   diag.List
	Stats   Stats
	Elapsed time.Duration
}

// Build runs the pipeline. Load, parse and link run on whatever could be
// read, so that one run reports every problem in the content; the stages
// after them run only when there are no errors, so the output folder is
// replaced only by a complete site.
func Build(opts Options) *Result {
	r, _ := run(opts)
	return r
}

// run runs the pipeline and returns its state too, for a Session.
func run(opts Options) (*Result, *pipeline) {
	start := time.Now()
	r := &Result{}
	p := &pipeline{opts: opts, result: r}
	if opts.OutDir != "" {
		r.Diags = append(r.Diags, checkOut(opts)...)
	}
	if !r.Diags.HasErrors() {
		p.check("load", p.load)
	}
	if r.Site != nil {
		allowMemory(len(r.Site.Pages()))
		p.check("parse", p.parse)
		p.check("link", p.link)
		p.stage("moves", p.moves)
	}
	if opts.Course != "" {
		p.stage("scope", p.scope)
	}
	p.stage("render", p.render)
	p.stage("index", p.index)
	if opts.OutDir != "" {
		p.stage("write", p.write)
		p.discard()
	}
	r.Diags.Sort()
	r.Stats = countStats(r)
	r.Elapsed = time.Since(start)
	return r, p
}

// pipeline carries data from stage to stage.
type pipeline struct {
	opts     Options
	result   *Result
	theme    *themes.Theme
	conv     *markdown.Converter
	graph    *link.Graph
	renderer *render.Renderer
	quizzes  []*quiz.File
	// analysis delivers the search analysis (see analyse); searching the
	// index and its export, made while render runs, once; search holds
	// them after.
	analysis  chan *search.Index
	searching chan searchExport
	search    searchExport
	// staging is the new output folder being filled, when there is one.
	staging *output.Staging
	// moved are the addresses pages had in earlier builds that no page or
	// alias keeps now (see moves), for the manifest.
	moved []manifest.Moved
	// last is what the last build into the output folder left (see
	// lastBuild).
	last *lastBuild
	// servedRefs are the names of the pages of a Session's last good
	// build (see servedNames).
	servedRefs map[string][]string
}

// stage runs a stage that needs a sound site: it is skipped once any
// earlier stage has reported an error.
func (p *pipeline) stage(name string, run func() diag.List) {
	if !p.result.Diags.HasErrors() {
		p.check(name, run)
	}
}

// check runs a stage and keeps its diagnostics.
func (p *pipeline) check(name string, run func() diag.List) {
	start := time.Now()
	diags := run()
	p.result.Diags = append(p.result.Diags, diags...)
	if p.opts.Verbose != nil {
		fmt.Fprintf(p.opts.Verbose, "%-7s %8.1f ms\n", name, float64(time.Since(start).Microseconds())/1000)
	}
}

func (p *pipeline) load() diag.List {
	cfg, diags := config.Load(p.opts.SiteDir)
	if cfg == nil {
		return diags
	}
	theme, err := themes.Open(p.opts.SiteDir, cfg.Theme)
	if err != nil {
		diags.Add(diag.Diagnostic{File: config.FileName, Severity: diag.Error, Message: err.Error(),
			Hint: "set `theme:` to a folder of themes/, or remove it to use the default theme"})
	}
	p.theme = theme
	site, more := content.Load(p.opts.SiteDir, *cfg)
	p.result.Site = site
	p.conv = markdown.New(cfg.Sections.Description, cfg.Sections.KeyPoints)
	quizzes, quizDiags := quiz.Load(p.opts.SiteDir)
	p.quizzes = quizzes
	return append(append(diags, more...), quizDiags...)
}

// searchExport is the search index and its static export.
type searchExport struct {
	index *search.Index
	files []output.File
	diags diag.List // of writing the files into the staging folder
}
