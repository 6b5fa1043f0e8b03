package render

import (
	"html/template"
	"strings"

	"skillbook/internal/content"
)

// CourseNav is the course's table of contents for the sidebar: every
// chapter, the current chapter's skill points, the current page marked;
// a skill point's link carries what progress.js needs to mark its state
// (data-kps, KeyPointsPrint; data-id only when the link does not give it,
// listedID; data-quizzes). It
// is built in Go rather than in a template because every page of a course
// repeats it: at 10,000 skill points, templates spent most of the build here.
func (v *View) CourseNav() template.HTML {
	var b strings.Builder
	b.Grow(4 << 10)
	b.WriteString("<ol>\n")
	for _, ch := range v.Course.Chapters {
		v.navLink(&b, ch.Page)
		if ch != v.Chapter {
			b.WriteString("</li>\n")
			continue
		}
		b.WriteString("\n<ol>\n")
		for _, s := range ch.Skills {
			b.WriteString("<li>")
			v.navLink(&b, s)
			b.WriteString("</li>\n")
		}
		b.WriteString("</ol></li>\n")
	}
	b.WriteString("</ol>")
	return template.HTML(b.String())
}

// navLink writes the opening <li> of a chapter or the link of a skill point.
func (v *View) navLink(b *strings.Builder, p *content.Page) {
	if p.Kind == content.KindChapter {
		b.WriteString("<li>")
	}
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
}
