package build

import (
	"maps"
	"slices"

	"skillbook/internal/content"
	"skillbook/internal/render"
)

// touched is what an edit under `serve` renders again: the edited pages,
// the pages that show what changed of them, the tags and courses whose
// listings and drills do, and whether the outline (skillbook.json and its
// scripts) does.
type touched struct {
	pages   map[*content.Page]bool
	tags    map[string]bool
	courses map[*content.Course]bool
	indexes bool // the pages that name every course: search, practice index, drill page
	outline bool
}

func (t *touched) pageList() []*content.Page { return slices.Collect(maps.Keys(t.pages)) }

func (t *touched) scope() render.Scope {
	return render.Scope{Tags: slices.Sorted(maps.Keys(t.tags)), Courses: slices.Collect(maps.Keys(t.courses)), Indexes: t.indexes}
}

// touch adds what the edit of old into p touches (see touchSkill and
// touchSection); other edits touch the page alone.
func (s *Session) touch(t *touched, old, p *content.Page) {
	named, summary := named(old, p), old.Summary() != p.Summary()
	if !named && !summary {
		return
	}
	for _, tag := range old.Meta.Tags {
		t.tags[tag] = true
	}
	if named || old.Kind != content.KindSkill {
		t.pages[s.last.result.Site.Home] = true
	}
	if old.Kind == content.KindSkill && s.last.graph.Chapter[old] != nil {
		s.touchSkill(t, old, named)
	} else {
		s.touchSection(t, old, named)
	}
}

// touchSkill adds what a skill point's edit touches: its summary shows in
// its chapter's, course's and tags' lists; its title and key points also
// in the sidebar of its chapter's pages, its neighbours' pagers, the home
// page (counts, first steps), its course's practice and quiz pages and
// drills, and the outline.
func (s *Session) touchSkill(t *touched, old *content.Page, named bool) {
	g := s.last.graph
	course, chapter := g.Course[old], g.Chapter[old]
	t.pages[course.Page], t.pages[chapter.Page] = true, true
	if !named {
		return
	}
	t.outline, t.courses[course] = true, true
	for _, sk := range chapter.Skills {
		t.pages[sk] = true
	}
	for _, n := range []*content.Page{g.Prev[old], g.Next[old]} {
		if n != nil {
			t.pages[n] = true
		}
	}
}

// touchSection adds what the edit of a course, a chapter or an article
// touches: its summary shows in its course's page, the home page or the
// library; its title also in every page of its course (the sidebar and
// breadcrumbs), its course's practice and quiz pages, the pages that name
// every course, and the outline. (A new title for the home page or the
// library, in every page's breadcrumbs, builds the whole site: see
// structural.)
func (s *Session) touchSection(t *touched, old *content.Page, named bool) {
	site, course := s.last.result.Site, s.last.graph.Course[old]
	if course == nil {
		if site.Library != nil {
			t.pages[site.Library] = true
		}
	} else {
		t.pages[course.Page] = true
	}
	if !named {
		return
	}
	t.outline, t.indexes = true, true
	if course == nil {
		return
	}
	t.courses[course] = true
	for _, ch := range course.Chapters {
		t.pages[ch.Page] = true
		for _, sk := range ch.Skills {
			t.pages[sk] = true
		}
	}
}
