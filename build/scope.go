package build

import (
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/quiz"
)

// scope narrows the linked site to the course Options.Course names: the
// other courses, the library and their files and quizzes go, and the tags
// are counted again. Links were resolved on the whole site, so a link to
// another course stays a relative link to where that course would be.
func (p *pipeline) scope() diag.List {
	site := p.result.Site
	i := slices.IndexFunc(site.Courses, func(c *content.Course) bool {
		return c.Page.Slug == p.opts.Course || c.Page.ID == p.opts.Course
	})
	if i < 0 {
		return diag.List{{File: content.Dir, Severity: diag.Error, Message: "no course " + p.opts.Course,
			Hint: "the courses are: " + strings.Join(courseSlugs(site), ", ")}}
	}
	course := site.Courses[i]
	site.Courses = []*content.Course{course}
	site.Library, site.Articles = nil, nil
	site.Files = slices.DeleteFunc(site.Files, func(f content.File) bool { return !strings.HasPrefix(f.URL, course.Page.URL) })
	p.result.Quizzes = slices.DeleteFunc(p.result.Quizzes, func(q *quiz.Quiz) bool { return p.graph.Course[q.Target] != course })
	p.retag()
	return nil
}

// retag counts the tags of the pages left.
func (p *pipeline) retag() {
	g := p.graph
	g.Tags, g.TagNames = map[string][]*content.Page{}, nil
	for _, page := range p.result.Site.Pages() {
		for _, t := range page.Meta.Tags {
			g.Tags[t] = append(g.Tags[t], page)
		}
	}
	for t := range g.Tags {
		g.TagNames = append(g.TagNames, t)
	}
	slices.Sort(g.TagNames)
}

func courseSlugs(site *content.Site) []string {
	var slugs []string
	for _, c := range site.Courses {
		slugs = append(slugs, c.Page.Slug)
	}
	return slugs
}
