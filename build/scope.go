package build

import (
	"path"
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
	i := slices.IndexFunc(site.Courses, func(c *content.Course) bool { return namesCourse(c, p.opts.Course) })
	if i < 0 {
		return diag.List{{File: content.Dir, Severity: diag.Error, Message: "no course " + p.opts.Course,
			Hint: "the courses are: " + strings.Join(courseNames(site), ", ")}}
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

// namesCourse reports whether name is the course's slug, its id or its
// folder's name in content/ (02-ops, as `import` names it: its number
// only sets the order).
func namesCourse(c *content.Course, name string) bool {
	return name == c.Page.Slug || name == c.Page.ID || name == courseFolder(c)
}

// courseFolder is the name of the course's folder in content/.
func courseFolder(c *content.Course) string { return path.Base(path.Dir(c.Page.Path)) }

// courseNames are the courses' slugs, each with its folder's name when
// that is another (ops, in folder 02-ops).
func courseNames(site *content.Site) []string {
	var names []string
	for _, c := range site.Courses {
		name := c.Page.Slug
		if folder := courseFolder(c); folder != name {
			name += " (folder " + folder + ")"
		}
		names = append(names, name)
	}
	return names
}
