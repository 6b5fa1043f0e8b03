// Package content is the site's content model and its loading: courses,
// chapters, skill points and library articles read from content/.
package content

import (
	"slices"
	"strings"

	"skillbook/internal/config"
	"skillbook/internal/markdown"
)

// Kind says what a page is.
type Kind string

// The kinds of page a site has.
const (
	KindHome    Kind = "home"
	KindCourse  Kind = "course"
	KindChapter Kind = "chapter"
	KindSkill   Kind = "skill"
	KindLibrary Kind = "library"
	KindArticle Kind = "article"
)

// FrontMatter is the YAML block at the top of a Markdown file.
type FrontMatter struct {
	Title   string   `yaml:"title"`
	Weight  int      `yaml:"weight"`
	Tags    []string `yaml:"tags"`
	Summary string   `yaml:"summary"`
	Draft   bool     `yaml:"draft"`
	ID      string   `yaml:"id"`
	// Aliases are addresses the page had before (cs/basics/greeting): each
	// leads to it, and trainees' progress kept under it follows (see
	// Page.Aliases).
	Aliases []string       `yaml:"aliases"`
	Extra   map[string]any `yaml:"extra"`
	// Drills, on a course, set to false turns off the drills generated
	// from its skill points' key points.
	Drills *bool `yaml:"drills"`
}

// Page is one Markdown file of content/ and the page built from it.
type Page struct {
	Kind Kind
	// Path is the file's path from the site root, with slashes.
	Path string
	// Source is the whole file; Body starts at byte BodyStart of it.
	Source    []byte
	BodyStart int
	Meta      FrontMatter
	// Slug is the last part of the URL; URL is the page's folder relative to
	// the output root, ending in a slash ("" for the home page).
	Slug string
	URL  string
	// ID is stable across renames when the front matter sets it.
	ID string
	// Doc is the parsed Markdown, filled by the parse stage.
	Doc *markdown.Doc
}

// Body returns the Markdown after the front matter.
func (p *Page) Body() []byte { return p.Source[p.BodyStart:] }

// Aliases returns the page's aliases as URL paths from the site's root
// without slashes at their ends (cs/basics/greeting), as ids are: a
// leading or trailing slash and a last index.html are left out.
func (p *Page) Aliases() []string {
	var out []string
	for _, a := range p.Meta.Aliases {
		if a = AliasPath(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// AliasesLine is the `aliases:` line of a page or quiz with the aliases
// it has and alias added: what to write to keep an old address.
func AliasesLine(aliases []string, alias string) string {
	return "aliases: [" + strings.Join(append(slices.Clone(aliases), alias), ", ") + "]"
}

// AliasPath is an alias as Aliases gives it.
func AliasPath(a string) string {
	a = strings.Trim(strings.TrimSpace(a), "/")
	return strings.Trim(strings.TrimSuffix(a, "index.html"), "/")
}

// Title returns the page's title.
func (p *Page) Title() string { return p.Meta.Title }

// Course is a folder of content/ with an _index.md, holding chapters.
type Course struct {
	Page     *Page
	Chapters []*Chapter
}

// Chapter is a folder inside a course, holding skill points.
type Chapter struct {
	Page   *Page
	Skills []*Page
}

// Site is everything loaded from a site folder.
type Site struct {
	Dir     string
	Config  config.Config
	Home    *Page
	Courses []*Course
	// Library is content/library/_index.md (or a default), Articles its pages.
	Library  *Page
	Articles []*Page
	// Files are the other files of content/ (images, PDFs…), published
	// beside the pages of their folder.
	Files []File
	// Drafts are the pages marked `draft: true`, placed as if published
	// but not: a link or quiz that names one is told so.
	Drafts []*Page
}

// File is a file of content/ that is not Markdown. Path is its path from the
// site root; URL its path in the output.
type File struct {
	Path string
	URL  string
}

// Pages returns every page of the site in reading order: home, each course
// with its chapters and skill points, the library and its articles.
func (s *Site) Pages() []*Page {
	pages := []*Page{s.Home}
	for _, c := range s.Courses {
		pages = append(pages, c.Page)
		for _, ch := range c.Chapters {
			pages = append(pages, ch.Page)
			pages = append(pages, ch.Skills...)
		}
	}
	if s.Library != nil {
		pages = append(pages, s.Library)
	}
	return append(pages, s.Articles...)
}

// Skills returns every skill point of the site in reading order.
func (s *Site) Skills() []*Page {
	var skills []*Page
	for _, c := range s.Courses {
		for _, ch := range c.Chapters {
			skills = append(skills, ch.Skills...)
		}
	}
	return skills
}
