package render

import (
	"html/template"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/manifest"
)

// CourseNav is the course's table of contents for the sidebar: every
// chapter, the current chapter's skill points, the current page marked;
// a skill point's link carries what progress.js needs to mark its state
// (data-kps, KeyPointsPrint; data-id only when the link does not give it,
// listedID; data-quizzes). It
// is built in Go rather than in a template because every page of a course
// repeats it: at 10,000 skill points, templates spent most of the build here.
//
// On a chapter's pages (not in an LMS package) it lists that chapter
// alone: skillbook.js adds the others, as titles, from the course's
// chapters script (CourseChaptersScript).
func (v *View) CourseNav() template.HTML {
	var b strings.Builder
	b.Grow(4 << 10)
	b.WriteString("<ol>\n")
	oneChapter := v.CourseChaptersScript() != ""
	folder := v.linkFolder()
	for _, ch := range v.Course.Chapters {
		if ch != v.Chapter && oneChapter {
			continue
		}
		b.WriteString("<li>")
		v.navLink(&b, ch.Page, folder)
		if ch != v.Chapter {
			b.WriteString("</li>\n")
			continue
		}
		b.WriteString("\n<ol>\n")
		for _, s := range ch.Skills {
			b.WriteString("<li>")
			v.navLink(&b, s, folder)
			b.WriteString("</li>\n")
		}
		b.WriteString("</ol></li>\n")
	}
	b.WriteString("</ol>")
	return template.HTML(b.String())
}

// navLink writes the link to p of the course contents. Every page of a
// chapter lists the chapter's skill points, so a link is made once for
// the pages of a folder (v.linkFolder()) and reused
// (sharedPartials.navLink); the page's own link, and a link into the
// page's folder, are made for the page.
func (v *View) navLink(b *strings.Builder, p *content.Page, folder string) {
	if p == v.Page || strings.HasPrefix(p.URL, v.Page.URL) {
		b.WriteString(v.makeNavLink(p))
		return
	}
	b.WriteString(v.shared.navLink(v, p, folder))
}

// makeNavLink is the link to p of the course contents: a skill point's
// carries what progress.js needs to mark its state (data-kps, data-id
// when the link does not give it, data-quizzes).
func (v *View) makeNavLink(p *content.Page) string {
	var b strings.Builder
	b.WriteString("<a " + v.href(p.URL))
	if p.Kind == content.KindSkill {
		b.WriteString(listedID(p) + ` data-kps="` + v.KeyPointsPrint(p) + `"`)
		if q := v.QuizIDs(p); q != "" {
			b.WriteString(` data-quizzes="` + escapeHTML(q) + `"`)
		}
	}
	if p == v.Page {
		b.WriteString(` aria-current="page"`)
	}
	b.WriteString(">" + escapeHTML(p.Title()) + "</a>")
	return b.String()
}

// linkFolder names what a relative link from this page depends on, but
// for links into the page's own folder: the folder the page is in, and
// whether its URL is a folder (link.Rel counts the slashes after the part
// the two URLs share, so pages side by side link alike to any page
// outside them).
func (v *View) linkFolder() string {
	u := v.Page.URL
	folder := strings.HasSuffix(u, "/")
	u = strings.TrimSuffix(u, "/")
	key := v.absolute + "\x00" + u[:strings.LastIndexByte(u, '/')+1]
	if folder {
		return key + "\x00/"
	}
	return key
}

// CourseChaptersScript is the URL of the script of the course's chapters
// that skillbook.js adds to the course contents of a chapter's pages; ""
// on other pages, in a course of one chapter and in an LMS package, whose
// pages list every chapter.
func (v *View) CourseChaptersScript() string {
	if v.Chapter == nil || v.LMS != "" || len(v.Course.Chapters) < 2 {
		return ""
	}
	n := slices.Index(v.Site.Courses, v.Course)
	if n < 0 {
		return ""
	}
	return v.URL(manifest.ChaptersScript(n))
}
