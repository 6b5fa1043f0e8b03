package content

import (
	"path"

	"skillbook/internal/diag"
	"skillbook/internal/portable"
)

func (l *loader) loadLibrary() {
	dir := path.Join(Dir, LibraryDir)
	url := LibraryDir + "/"
	if l.exists(path.Join(dir, indexFile)) {
		l.site.Library = l.readFile(path.Join(dir, indexFile), KindLibrary, url)
	}
	if l.site.Library == nil {
		l.site.Library = &Page{Kind: KindLibrary, Path: dir, URL: url, Slug: LibraryDir, ID: LibraryDir,
			Meta: FrontMatter{Title: "知识库"}}
	}
	for _, e := range l.readDir(dir) {
		name := e.Name()
		switch {
		case e.IsDir() && !l.assetFolder(path.Join(dir, name), url+portable.Name(name)+"/"):
			l.misplaced(path.Join(dir, name), "folder of Markdown files inside the library", "library articles go directly in content/library/, without sub-folders")
		case !e.IsDir() && !isMarkdown(name):
			l.addFile(path.Join(dir, name), url+portable.Name(name))
		case isMarkdown(name) && name != indexFile:
			if p := l.readFile(path.Join(dir, name), KindArticle, url+slug(name)+"/"); p != nil {
				l.site.Articles = append(l.site.Articles, p)
			}
		}
	}
	sortByPage(l.site.Articles, pageItself)
}

func (l *loader) loadCourse(name string) {
	dir := path.Join(Dir, name)
	if !l.exists(path.Join(dir, indexFile)) {
		l.diags.Add(diag.Diagnostic{File: dir, Severity: diag.Error, Message: "course folder has no " + indexFile,
			Hint: "add " + path.Join(dir, indexFile) + " with the course's title in its front matter"})
		l.checkChapters(dir, slug(name)+"/")
		return
	}
	page := l.readFile(path.Join(dir, indexFile), KindCourse, slug(name)+"/")
	if page == nil {
		l.checkChapters(dir, slug(name)+"/")
		return
	}
	course := &Course{Page: page}
	for _, e := range l.readDir(dir) {
		rel := path.Join(dir, e.Name())
		switch {
		case e.IsDir() && !l.assetFolder(rel, page.URL+portable.Name(e.Name())+"/"):
			if ch := l.loadChapter(rel, page.URL+slug(e.Name())+"/"); ch != nil {
				course.Chapters = append(course.Chapters, ch)
			}
		case !e.IsDir() && !isMarkdown(e.Name()):
			l.addFile(rel, page.URL+portable.Name(e.Name()))
		case isMarkdown(e.Name()) && e.Name() != indexFile:
			l.misplaced(path.Join(dir, e.Name()), "skill point outside a chapter", "put skill points in a chapter folder: content/<course>/<chapter>/")
		}
	}
	sortByPage(course.Chapters, func(c *Chapter) *Page { return c.Page })
	l.site.Courses = append(l.site.Courses, course)
}

// checkChapters loads the chapters of a course that has no page, for their
// problems alone: a run reports them all together, not one folder after
// another as each is fixed.
func (l *loader) checkChapters(dir, url string) {
	for _, e := range l.readDir(dir) {
		if rel := path.Join(dir, e.Name()); e.IsDir() && !l.assetFolder(rel, url+portable.Name(e.Name())+"/") {
			l.loadChapter(rel, url+slug(e.Name())+"/")
		}
	}
}

func (l *loader) loadChapter(dir, url string) *Chapter {
	if !l.exists(path.Join(dir, indexFile)) {
		l.diags.Add(diag.Diagnostic{File: dir, Severity: diag.Error, Message: "chapter folder has no " + indexFile,
			Hint: "add " + path.Join(dir, indexFile) + " with the chapter's title in its front matter"})
		return nil
	}
	page := l.readFile(path.Join(dir, indexFile), KindChapter, url)
	if page == nil {
		return nil
	}
	ch := &Chapter{Page: page}
	for _, e := range l.readDir(dir) {
		rel := path.Join(dir, e.Name())
		switch {
		case e.IsDir() && !l.assetFolder(rel, url+portable.Name(e.Name())+"/"):
			l.misplaced(rel, "folder of Markdown files inside a chapter", "chapters hold skill point files; a folder inside a chapter may hold only images and other files")
		case !e.IsDir() && !isMarkdown(e.Name()):
			l.addFile(rel, url+portable.Name(e.Name()))
		case isMarkdown(e.Name()) && e.Name() != indexFile:
			if p := l.readFile(path.Join(dir, e.Name()), KindSkill, url+slug(e.Name())+"/"); p != nil {
				ch.Skills = append(ch.Skills, p)
			}
		}
	}
	sortByPage(ch.Skills, pageItself)
	return ch
}
