package build

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/link"
	"skillbook/internal/manifest"
	"skillbook/internal/output"
	"skillbook/internal/quiz"
	"skillbook/internal/render"
	"skillbook/internal/search"
)

// Session builds one site again and again, as `serve` does. After the first
// build, edits to existing pages re-read, re-parse and re-render only what
// they touch: the page itself, or, when its title, summary or key points
// change, the pages that list it. Anything else — new, deleted or moved
// files, the theme, the configuration, a page's order, id, tags or draft
// state — builds the whole site again.
type Session struct {
	opts  Options
	last  *pipeline // the last good build
	files map[string]output.File
	// failed holds the files of updates that failed: they are read again
	// with the next update, so that fixing another file cannot hide them.
	failed map[string]bool
	// outline holds the manifest, sitemap and outline scripts once an edit
	// changed them, written when next asked for.
	outline lazyOutline
	// export holds a whole new search export once an edit made one due,
	// written when next asked for.
	export lazyExport
	// outlineNames are the paths of the outline files (isOutlineFile),
	// which only a whole build changes.
	outlineNames []string
	// rest is what the last edit left for after serving its pages (nil:
	// nothing); the next update folds it into files.
	rest *rest
	// byFile and targets are the last good build's pages by absolute path
	// and its links' targets, which only a whole build changes (byFile
	// nil: neither made yet).
	byFile  map[string]*content.Page
	targets link.Targets
}

// NewSession builds the site a first time. The session is usable even when
// the result has errors: the next update builds everything.
func NewSession(opts Options) (*Session, *Result) {
	opts.OutDir = ""
	s := &Session{opts: opts, files: map[string]output.File{}, failed: map[string]bool{}}
	res, _ := s.full()
	return s, res
}

// Search returns the search index of the last good build, nil before one,
// once the last edit's rest (see Save) has brought it up to date.
func (s *Session) Search() *search.Index {
	if s.last == nil {
		return nil
	}
	s.Settle()
	return s.last.result.Search
}

// Language is the site's language in the last good build ("" before one).
func (s *Session) Language() string {
	if s.last == nil {
		return ""
	}
	return s.last.result.Site.Config.Language
}

// File returns the file of the last good build at the output path name,
// search export files that edits changed included.
func (s *Session) File(name string) (output.File, bool) {
	if s.rest != nil {
		if f, ok := s.rest.file(name); ok {
			return f, true
		}
	}
	if s.last != nil && s.last.result.Search != nil && isExportScript(name) {
		ix := s.last.result.Search // the rest, if any, is done (see rest.covers)
		if f, found, ok := s.export.file(name, ix.Export); ok {
			return f, found
		}
		if f, ok := ix.Fresh(name); ok {
			return f, true
		}
	}
	if isOutlineFile(name) && s.last != nil {
		if f, ok := s.outline.file(name, s.last.indexFiles); ok {
			return f, true
		}
	}
	f, ok := s.files[name]
	return f, ok
}

// Update rebuilds after the files at paths (as the watcher gives them)
// changed, all of it (Save, then Settle). It returns the result and the
// output paths that changed; after errors the last good build stays.
func (s *Session) Update(paths []string) (*Result, []string) {
	res, changed := s.Save(paths)
	if more := s.Settle(); more != nil {
		res.Files = append(res.Files, more.Files...)
		res.Diags = append(res.Diags, more.Diags...)
		res.Diags.Sort()
		res.Stats = editStats(res)
		res.Elapsed += more.Elapsed
	}
	return res, changed
}

// Save rebuilds after the files at paths (as the watcher gives them)
// changed, as far as serving the edited pages: what else an edit of
// existing pages changes is left for Settle (see rest). It returns the
// result and the output paths that changed or that Settle may change;
// after errors the last good build stays.
func (s *Session) Save(paths []string) (*Result, []string) {
	s.fold()
	for _, p := range paths {
		s.failed[p] = true
	}
	all := make([]string, 0, len(s.failed))
	for p := range s.failed {
		all = append(all, p)
	}
	res, changed, ok := s.edit(all)
	if !ok {
		res, changed = s.full()
		changed = append(changed, s.copiesOf(all)...)
	}
	if !res.Diags.HasErrors() {
		clear(s.failed)
	}
	return res, changed
}

// isCopied reports whether the site published the file at abs as is.
func (s *Session) isCopied(abs string) bool {
	for _, f := range s.last.result.Site.Files {
		if p, _ := filepath.Abs(filepath.Join(s.opts.SiteDir, filepath.FromSlash(f.Path))); p == abs {
			return true
		}
	}
	return false
}

// isRead reports whether abs lies where every file is read by a build: the
// theme, the quizzes and the configuration. A deleted or renamed file there
// changes the site (a deleted theme override falls back to the built-in file).
func (s *Session) isRead(abs string) bool {
	root, _ := filepath.Abs(s.opts.SiteDir)
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return false
	}
	top, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
	return top == "themes" || top == "quizzes" || rel == "skillbook.yaml"
}

// HasBuilt reports whether the session has a good build to serve.
func (s *Session) HasBuilt() bool { return s.last != nil }

// copiesOf lists the output files copied from the given source files: their
// content changed even though their place did not.
func (s *Session) copiesOf(paths []string) []string {
	var out []string
	for _, p := range paths {
		abs, _ := filepath.Abs(p)
		for name, f := range s.files {
			if from, _ := filepath.Abs(f.From); f.From != "" && from == abs {
				out = append(out, name)
			}
		}
	}
	return out
}

// full builds the whole site and keeps it when it has no errors.
func (s *Session) full() (*Result, []string) {
	s.fold()
	opts := s.opts
	if s.last != nil {
		opts.served = s.last.result.Site
	}
	res, p := run(opts)
	if res.Diags.HasErrors() {
		return res, nil
	}
	if s.last != nil { // what was served is what the new build is compared with
		s.outline.file(manifest.FileName, s.last.indexFiles)
	}
	for _, f := range s.outline.take() {
		s.files[f.Path] = f
	}
	s.export.reset() // fold took the export if it was written
	s.last, s.byFile = p, nil
	next := make(map[string]output.File, len(res.Files))
	for _, f := range res.Files {
		next[f.Path] = f
	}
	changed := diffFiles(s.files, next)
	s.files = next
	s.outlineNames = nil
	for name := range next {
		if isOutlineFile(name) {
			s.outlineNames = append(s.outlineNames, name)
		}
	}
	return res, changed
}

// diffFiles lists the output paths whose content differs, added and
// removed ones included, sorted. Files copied from the site are compared by
// source path.
func diffFiles(old, next map[string]output.File) []string {
	var paths []string
	for p, f := range next {
		if o, ok := old[p]; !ok || o.From != f.From || string(o.Data) != string(f.Data) {
			paths = append(paths, p)
		}
	}
	for p := range old {
		if _, ok := next[p]; !ok {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	return paths
}

// merge puts files into the session's output and returns the paths that
// changed.
func (s *Session) merge(files []output.File) []string {
	var changed []string
	for _, f := range files {
		if o, ok := s.files[f.Path]; !ok || string(o.Data) != string(f.Data) {
			changed = append(changed, f.Path)
			s.files[f.Path] = f
		}
	}
	slices.Sort(changed)
	return changed
}

// pageFiles maps the site's Markdown files, as absolute paths, to their pages.
func (s *Session) pageFiles() map[string]*content.Page {
	byFile := map[string]*content.Page{}
	root, _ := filepath.Abs(s.opts.SiteDir)
	for _, p := range s.last.result.Site.Pages() {
		if p.Source != nil {
			byFile[filepath.Join(root, filepath.FromSlash(p.Path))] = p
		}
	}
	return byFile
}

// edit handles edits to existing pages; ok is false when the change needs a
// whole build.
func (s *Session) edit(paths []string) (res *Result, changed []string, ok bool) {
	if s.last == nil {
		return nil, nil, false
	}
	start := time.Now()
	if s.byFile == nil {
		s.byFile, s.targets = s.pageFiles(), link.TargetsOf(s.last.result.Site)
	}
	byFile := s.byFile
	var olds, fresh []*content.Page
	res = &Result{Site: s.last.result.Site}
	for _, path := range paths {
		abs, _ := filepath.Abs(path)
		old := byFile[abs]
		_, err := os.Stat(abs)
		switch {
		case old == nil && err != nil && !s.isCopied(abs) && !s.isRead(abs):
			continue // a temporary file that came and went
		case old == nil || err != nil:
			return nil, nil, false // a new, moved or deleted file
		}
		p, diags := content.Reread(s.opts.SiteDir, old)
		res.Diags = append(res.Diags, diags...)
		if p == nil {
			continue
		}
		if structural(old, p) {
			return nil, nil, false
		}
		parsed := s.last.parsePage(p)
		if len(parsed) == 0 {
			parsed = s.last.keyPointsGone(p, old.KeyPointCount())
		}
		res.Diags = append(append(res.Diags, parsed...), s.last.result.Site.SameTitle(old, p)...)
		olds, fresh = append(olds, old), append(fresh, p)
	}
	for _, p := range fresh {
		res.Diags = append(res.Diags, link.RewritePage(p, s.targets)...)
	}
	if res.Diags.HasErrors() {
		res.Diags.Sort()
		res.Elapsed = time.Since(start)
		return res, nil, true
	}
	changed = s.commit(olds, fresh, res, paths)
	res.Elapsed = time.Since(start)
	return res, changed, true
}

// structural reports edits that change more than the page: its place in the
// order, its id, its tags, whether it is published, whether its course has
// drills, or the title of the home page or the library, which every page's
// breadcrumbs show.
func structural(old, p *content.Page) bool {
	return old.Meta.Weight != p.Meta.Weight || old.ID != p.ID || old.Meta.Draft != p.Meta.Draft || !slices.Equal(old.Meta.Aliases, p.Meta.Aliases) ||
		!slices.Equal(old.Meta.Tags, p.Meta.Tags) || drillsOn(old) != drillsOn(p) ||
		(old.Kind == content.KindHome || old.Kind == content.KindLibrary) && old.Title() != p.Title()
}

func drillsOn(p *content.Page) bool { return p.Meta.Drills == nil || *p.Meta.Drills }

// named reports edits that change what other pages and the outline name
// of the page: its title or its key points.
func named(old, p *content.Page) bool {
	return old.Title() != p.Title() || keyPointTexts(old) != keyPointTexts(p) || old.KeyPointIDs() != p.KeyPointIDs()
}

func keyPointTexts(p *content.Page) string {
	if p.Doc == nil || p.Doc.KeyPoints == nil {
		return ""
	}
	var texts []string
	for _, k := range p.Doc.KeyPoints.Items {
		texts = append(texts, k.Text)
	}
	return strings.Join(texts, "\n")
}

// commit puts the fresh pages in the old ones' places, renders them, and
// leaves the rest of what they touch (see touched) for Settle. It returns
// the output paths that changed or that the rest may change.
func (s *Session) commit(olds, fresh []*content.Page, res *Result, paths []string) []string {
	t := touched{pages: map[*content.Page]bool{}, tags: map[string]bool{}, courses: map[*content.Course]bool{}}
	redrilled := false
	for i, old := range olds {
		s.touch(&t, old, fresh[i])
		redrilled = redrilled || drillable(old) != drillable(fresh[i])
		*old = *fresh[i]
	}
	if redrilled { // the edited pages link their drills: make them first
		s.redrill(t.courses)
	}
	files, diags := s.last.renderer.RenderPages(olds, render.Scope{})
	res.Diags = append(res.Diags, diags...)
	res.Files = files
	res.Stats = editStats(res)
	changed := s.merge(files)
	if t.outline {
		changed = append(changed, s.staleOutline()...)
	}
	s.rest = s.restOf(&t, olds, redrilled, paths)
	for name := range s.rest.names {
		changed = append(changed, name)
	}
	slices.Sort(changed)
	return slices.Compact(changed)
}

// restOf is the rest of an edit of the pages edited (see rest): render the
// other pages and data that t names, make the drills of t's courses again
// unless redrilled, and update the search index.
func (s *Session) restOf(t *touched, edited []*content.Page, redrilled bool, paths []string) *rest {
	for _, p := range edited {
		delete(t.pages, p)
	}
	r := &rest{paths: paths, names: map[string]bool{}}
	scope, renderer := t.scope(), s.last.renderer
	for p := range t.pages {
		r.names[p.URL+"index.html"] = true
	}
	for _, name := range renderer.ScopePaths(scope) {
		r.names[name] = true
	}
	if t.outline { // written from the drills when asked for
		for _, name := range s.outlineNames {
			r.names[name] = true
		}
	}
	r.work = func() *Result {
		if len(t.courses) > 0 && !redrilled {
			s.redrill(t.courses)
		}
		files, diags := renderer.RenderPages(t.pageList(), scope)
		whole, more := s.reindex(edited)
		if whole {
			s.export.markStale()
		}
		return restResult(files, append(diags, more...))
	}
	return r
}

// drillable reports whether a skill point has enough key points for a
// drill (quiz.MinKeyPoints).
func drillable(p *content.Page) bool {
	return p.Doc != nil && p.Doc.KeyPoints != nil && len(p.Doc.KeyPoints.Items) >= quiz.MinKeyPoints
}

// staleOutline marks the outline files stale, to be written when next
// asked for (12 MB of JSON for 10,000 skill points: most of an edit's
// time), and returns their paths.
func (s *Session) staleOutline() []string {
	for _, f := range s.outline.take() {
		s.files[f.Path] = f
	}
	s.outline.markStale()
	return s.outlineNames
}

// redrill makes the drills of the given courses again, after key points or
// titles changed: a drill draws on its own course alone. The quizzes keep
// their pages, which were edited in place; the order stays a full build's.
func (s *Session) redrill(courses map[*content.Course]bool) {
	site, courseOf := s.last.result.Site, s.last.graph.Course
	var quizzes []*quiz.Quiz
	drills := map[*content.Course][]*quiz.Quiz{}
	for _, q := range s.last.result.Quizzes {
		if !q.Drill {
			quizzes = append(quizzes, q)
		} else if c := courseOf[q.Target]; !courses[c] {
			drills[c] = append(drills[c], q)
		}
	}
	var made []*quiz.Quiz
	for _, c := range site.Courses {
		if courses[c] {
			drills[c] = quiz.CourseDrills(site, c)
			made = append(made, drills[c]...)
		}
		quizzes = append(quizzes, drills[c]...)
	}
	s.last.result.Quizzes = quizzes
	s.last.renderer.SetDrills(quizzes, slices.Collect(maps.Keys(courses)), made)
}

// reindex updates the search index for edited pages; whole reports that
// the search export is to be written whole again (see search.Update).
func (s *Session) reindex(pages []*content.Page) (whole bool, diags diag.List) {
	for _, p := range pages {
		course := ""
		if c := s.last.graph.Course[p]; c != nil {
			course = c.Page.ID
		}
		all, err := s.last.result.Search.Update(search.NewDoc(p, course))
		if err != nil {
			diags.Add(diag.Diagnostic{File: p.Path, Severity: diag.Error, Message: "search index: " + err.Error()})
		}
		whole = whole || all
	}
	return whole, diags
}
