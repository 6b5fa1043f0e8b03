package content

import (
	"bytes"
	"cmp"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"skillbook/internal/config"
	"skillbook/internal/diag"
	"skillbook/internal/pool"
	"skillbook/internal/portable"
	"skillbook/internal/rawfile"
)

// Dir is the folder of a site that holds its Markdown.
const Dir = "content"

// LibraryDir is the folder inside content/ that holds library articles.
const LibraryDir = "library"

const indexFile = "_index.md"

// Load reads every Markdown file under dir/content into a Site. It reports
// every problem it finds; the Site holds whatever could be read.
func Load(dir string, cfg config.Config) (*Site, diag.List) {
	l := &loader{dir: dir, site: &Site{Dir: dir, Config: cfg}}
	l.loadHome()
	var parts []func(*loader)
	for _, e := range l.readDir(Dir) {
		rel, name := path.Join(Dir, e.Name()), e.Name()
		switch {
		case e.IsDir() && name == LibraryDir:
			parts = append(parts, (*loader).loadLibrary)
		case e.IsDir() && !l.assetFolder(rel, portable.Name(name)+"/"):
			parts = append(parts, func(l *loader) { l.loadCourse(name) })
		case !e.IsDir() && !isMarkdown(name):
			parts = append(parts, func(l *loader) { l.addFile(rel, portable.Name(name)) }) // in order among the courses' files
		case name != indexFile && isMarkdown(name):
			l.misplaced(rel, "Markdown file outside a course chapter or the library",
				"put skill points in content/<course>/<chapter>/ and articles in content/library/")
		}
	}
	l.loadParts(parts)
	sortByPage(l.site.Courses, func(c *Course) *Page { return c.Page })
	l.checkUnique()
	l.checkAliases()
	l.checkSameTitles()
	l.checkFilesUnique()
	return l.site, l.diags
}

// loadParts loads the library and the courses at once, each into a
// loader of its own, and gathers what they found in their order: a large
// site's files are read on every core (and, on a disk, several at a time).
func (l *loader) loadParts(parts []func(*loader)) {
	found := make([]*loader, len(parts))
	pool.EachN(readers, len(parts), func(i int) {
		found[i] = &loader{dir: l.dir, site: &Site{Dir: l.dir, Config: l.site.Config}}
		parts[i](found[i])
	})
	for _, part := range found {
		l.site.Courses = append(l.site.Courses, part.site.Courses...)
		if part.site.Library != nil {
			l.site.Library, l.site.Articles = part.site.Library, part.site.Articles
		}
		l.site.Files = append(l.site.Files, part.site.Files...)
		l.site.Drafts = append(l.site.Drafts, part.site.Drafts...)
		l.diags = append(l.diags, part.diags...)
	}
}

// readers is how many courses are read at once: on a disk, reading is
// bound by the file system's latency, not by the CPU.
const readers = 8

type loader struct {
	dir   string
	site  *Site
	diags diag.List
	// links says which symbolic links were checked, and whether they may
	// be followed.
	links map[string]bool
}

func (l *loader) readDir(rel string) []os.DirEntry {
	entries, err := os.ReadDir(filepath.Join(l.dir, filepath.FromSlash(rel)))
	if err != nil {
		l.diags.Add(diag.Diagnostic{File: rel, Severity: diag.Error, Message: err.Error()})
	}
	return slices.DeleteFunc(entries, func(e os.DirEntry) bool {
		return Hidden(e.Name()) || !l.followable(path.Join(rel, e.Name()), e)
	})
}

// Hidden reports names that editors and systems leave beside content.
func Hidden(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~")
}

func isMarkdown(name string) bool { return strings.HasSuffix(name, ".md") }

func (l *loader) misplaced(rel, message, hint string) {
	l.diags.Add(diag.Diagnostic{File: rel, Severity: diag.Error, Message: message, Hint: hint})
}

// readFile reads one Markdown file; it returns nil when the file is a draft
// or could not be read.
func (l *loader) readFile(rel string, kind Kind, url string) *Page {
	src, err := rawfile.ReadFile(filepath.Join(l.dir, filepath.FromSlash(rel)))
	if err != nil {
		message, hint := readError(err)
		l.diags.Add(diag.Diagnostic{File: rel, Severity: diag.Error, Message: message, Hint: hint})
		return nil
	}
	p, diags := readPage(rel, src)
	l.diags = append(l.diags, diags...)
	if p == nil {
		return nil
	}
	if p.Meta.Draft {
		p.place(kind, url)
		l.site.Drafts = append(l.site.Drafts, p)
		return nil
	}
	if p.Meta.Drills != nil && kind != KindCourse {
		l.diags.Errorf(diag.At(rel, p.Source, bytes.Index(p.Source, []byte("drills"))), "set `drills: false` in a course's _index.md; it applies to the whole course", "drills is a course setting")
	}
	p.place(kind, url)
	return p
}

// place sets where a page belongs: its kind, URL, slug and default id.
func (p *Page) place(kind Kind, url string) {
	p.Kind, p.URL = kind, url
	p.Slug = path.Base(strings.TrimSuffix(url, "/"))
	p.ID = cmp.Or(p.Meta.ID, strings.TrimSuffix(url, "/"), "home")
}

// Reread reads a page's file again after an edit. The new page takes the
// old one's place; the caller decides whether the edit changed more than
// the page itself (order, id, tags, draft) and needs a whole new load.
func Reread(siteDir string, old *Page) (*Page, diag.List) {
	src, err := rawfile.ReadFile(filepath.Join(siteDir, filepath.FromSlash(old.Path)))
	if err != nil {
		return nil, diag.List{{File: old.Path, Severity: diag.Error, Message: err.Error()}}
	}
	p, diags := readPage(old.Path, src)
	if p != nil {
		p.place(old.Kind, old.URL)
	}
	return p, diags
}

func (l *loader) exists(rel string) bool {
	_, err := os.Stat(filepath.Join(l.dir, filepath.FromSlash(rel)))
	return err == nil
}

func (l *loader) loadHome() {
	rel := path.Join(Dir, indexFile)
	if l.exists(rel) {
		l.site.Home = l.readFile(rel, KindHome, "")
	}
	if l.site.Home == nil {
		l.site.Home = &Page{Kind: KindHome, Path: rel, Meta: FrontMatter{Title: l.site.Config.Title}, ID: "home"}
	}
}

var orderPrefix = regexp.MustCompile(`^[0-9]+[-_.]`)

// slug turns a file or folder name into the last part of a URL: the
// extension and a leading order number ("02-") are dropped, and what a file
// system cannot store is replaced (see portable.Name).
func slug(name string) string {
	s := strings.TrimSuffix(name, ".md")
	if t := orderPrefix.ReplaceAllString(s, ""); t != "" {
		s = t
	}
	return portable.Name(s)
}

// sortByPage orders items by their page's weight, then by file name.
func sortByPage[T any](items []T, page func(T) *Page) {
	slices.SortStableFunc(items, func(x, y T) int {
		a, b := page(x), page(y)
		return cmp.Or(cmp.Compare(a.Meta.Weight, b.Meta.Weight), cmp.Compare(a.Path, b.Path))
	})
}

func pageItself(p *Page) *Page { return p }
