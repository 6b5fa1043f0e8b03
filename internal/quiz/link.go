package quiz

import (
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/portable"
)

// Link finds the page each quiz is for and the skill point each question
// names, by path or by id, and reports those that name nothing; a draft
// named is warned of (the quiz for one is left out, a question about one
// counts for no skill point). moved maps pages' ids in the last build to
// their ids now, where they moved since: a reference by an old id is
// pointed at the new one. It returns the valid quizzes whose references
// all resolve, sorted by id.
func Link(files []*File, site *content.Site, moved map[string]string) ([]*Quiz, diag.List) {
	names := refNames{pages: pageNames(site.Pages()), drafts: pageNames(site.Drafts), moved: moved}
	var quizzes []*Quiz
	var diags diag.List
	taken := addresses(site, files)
	for _, f := range files {
		more := append(f.link(names), f.checkAliases(taken)...)
		diags = append(diags, more...)
		if !more.HasErrors() && !f.invalid && f.Quiz.Target != nil { // none: for a draft, left out
			quizzes = append(quizzes, f.Quiz)
		}
	}
	slices.SortFunc(quizzes, func(a, b *Quiz) int { return strings.Compare(a.ID, b.ID) })
	return quizzes, diags
}

// addresses says what each address of the site is, folded as file
// systems fold names: a page's, a page's alias, a quiz page's.
func addresses(site *content.Site, files []*File) map[string]string {
	taken := map[string]string{}
	for _, p := range site.Pages() {
		taken[portable.Fold(strings.TrimSuffix(p.URL, "/"))] = "the address of " + p.Path
		for _, a := range p.Aliases() {
			taken[portable.Fold(a)] = "an alias of " + p.Path
		}
	}
	for _, f := range files {
		taken[portable.Fold(strings.TrimSuffix(f.Quiz.URL(), "/"))] = "the address of " + f.Quiz.Path
	}
	return taken
}

// checkAliases reports the quiz's aliases that are an address the site
// has already (taken), and takes the others.
func (f *File) checkAliases(taken map[string]string) diag.List {
	var diags diag.List
	for i, a := range f.Quiz.Aliases {
		path := portable.Fold(content.AliasPath(a))
		if path == "" {
			continue // check says so
		}
		if what, ok := taken[path]; ok {
			diags.Errorf(f.At("aliases", i), "an alias is an address the quiz's page had, under quizzes/, that no page or quiz has now: take it out",
				"alias %q is %s", a, what)
			continue
		}
		taken[path] = "an alias of " + f.Quiz.Path
	}
	return diags
}

// refNames are the names a quiz may give a page: those of the site's
// pages, of its drafts, and the ids pages had in the last build.
type refNames struct {
	pages, drafts map[string]*content.Page
	moved         map[string]string
}

func (f *File) link(names refNames) diag.List {
	pages, drafts := names.pages, names.drafts
	var diags diag.List
	q := f.Quiz
	q.Target = pages[ref(q.For)]
	switch {
	case strings.TrimSpace(q.For) == "": // none, or one that did not decode: check() and its error say so
		q.Target = nil
	case q.Target == nil && drafts[ref(q.For)] != nil: // left out, as its page is
		diags.Warnf(f.tree.At("for"), "publish the page (remove `draft: true` from its front matter), and the quiz comes with it",
			"quiz is for %q, a draft (%s): the quiz is left out until the page is published", q.For, drafts[ref(q.For)].Path)
	case q.Target == nil || !isTarget(q.Target):
		q.Target = nil
		diags.Errorf(f.tree.At("for"), names.hintFor(q.For, isTarget, "page"), "quiz is for %q, which is no course, chapter or skill point", q.For)
	}
	for i := range q.Questions {
		qn := &q.Questions[i]
		if qn.Skill == "" {
			continue
		}
		qn.SkillPage = pages[ref(qn.Skill)]
		if d := drafts[ref(qn.Skill)]; qn.SkillPage == nil && d != nil {
			diags.Warnf(f.tree.At("questions", i, "skill"), "publish the page (remove `draft: true` from its front matter), and the question counts for it again",
				"question %s names skill point %q, a draft (%s): the question counts for no skill point until the page is published", name(qn, i), qn.Skill, d.Path)
			continue
		}
		if qn.SkillPage == nil || qn.SkillPage.Kind != content.KindSkill {
			what := "which does not exist"
			if qn.SkillPage != nil {
				what = "which is a " + kindNames[qn.SkillPage.Kind] + ", not a skill point"
			}
			qn.SkillPage = nil
			diags.Errorf(f.tree.At("questions", i, "skill"), names.hintFor(qn.Skill, isSkill, "skill point"), "question %s names skill point %q, %s", name(qn, i), qn.Skill, what)
		}
	}
	return diags
}

func isTarget(p *content.Page) bool {
	return p.Kind == content.KindCourse || p.Kind == content.KindChapter || p.Kind == content.KindSkill
}

func isSkill(p *content.Page) bool { return p.Kind == content.KindSkill }

// pageNames maps every way a quiz may name a page (RefNames) to the page.
func pageNames(all []*content.Page) map[string]*content.Page {
	pages := map[string]*content.Page{}
	for _, p := range all {
		for _, n := range RefNames(p) {
			if _, taken := pages[n]; !taken {
				pages[n] = p
			}
		}
	}
	return pages
}

// RefNames are the ways a quiz may name a page, as Link's moved keys them:
// its id, its URL path, and its file's path with or without content/, .md
// and _index.md, without slashes at their ends.
func RefNames(p *content.Page) []string {
	file := strings.TrimPrefix(p.Path, "content/")
	var names []string
	for _, n := range []string{p.ID, p.URL, p.Path, file, strings.TrimSuffix(file, ".md"), strings.TrimSuffix(file, "/_index.md")} {
		if n = ref(n); n != "" {
			names = append(names, n)
		}
	}
	return names
}

// ref is the form of a page reference that pageNames keys: no slashes at
// its ends.
func ref(s string) string { return strings.Trim(strings.TrimSpace(s), "/") }

// hintFor suggests the page reference of the right kind (a page or a
// skill point, as kind says) meant: the page's new id when it moved since
// the last build, else the nearest, a letter or two away, else one of the
// site's own as an example, and the id that keeps it stable.
func (n refNames) hintFor(name string, ok func(*content.Page) bool, kind string) string {
	pages := n.pages
	if to := pages[n.moved[ref(name)]]; to != nil && ok(to) {
		return fmt.Sprintf("did you mean %q? the %s was at %s in the last build", to.ID, kind, ref(name))
	}
	var names []string
	for n, p := range pages {
		if ok(p) && p.ID == n {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	if id := idOfTitle(name, pages, names); id != "" {
		return fmt.Sprintf("%q is the title of %s: name the %s by its id, %q", strings.TrimSpace(name), id, kind, id)
	}
	if p := pages[ref(name)]; p != nil && !ok(p) {
		if example := exampleOf(p, names); example != "" {
			return "name one of its skill points, e.g. " + example
		}
	}
	if best := diag.Closest(ref(name), names); best != "" {
		return fmt.Sprintf("did you mean %q?", best)
	}
	if moved := sameName(ref(name), names); moved != "" {
		return fmt.Sprintf("did you mean %q? (its folder was renamed, or it moved)", moved)
	}
	hint := fmt.Sprintf("name a %s by its id or its path in content/", kind)
	if example := diag.Nearest(ref(name), names); example != "" {
		hint += fmt.Sprintf(", e.g. `%s`", example)
	}
	return hint + fmt.Sprintf("; an `id:` in a %s's front matter keeps its name when its file is renamed", kind)
}

// sameName is the one id among ids whose last part is name's (a page of a
// chapter whose folder was renamed: cs/basics/greeting is now
// cs/first-steps/greeting); "" when none is, or several are.
func sameName(name string, ids []string) string {
	found := ""
	for _, id := range ids {
		if path.Base(id) == path.Base(name) && strings.Contains(name, "/") {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// idOfTitle is the id, among ids, of the page whose title name is (a
// trainer names a page as the site shows it); "" when none has it.
func idOfTitle(name string, pages map[string]*content.Page, ids []string) string {
	for _, id := range ids {
		if pages[id].Title() == strings.TrimSpace(name) {
			return id
		}
	}
	return ""
}

// exampleOf is the first of ids inside page p (a skill point of a chapter
// named where a skill point is wanted), quoted; "" when none is.
func exampleOf(p *content.Page, ids []string) string {
	for _, id := range ids {
		if strings.HasPrefix(id, p.ID+"/") {
			return strconv.Quote(id)
		}
	}
	return ""
}

// kindNames are the kinds of page as a diagnostic names them.
var kindNames = map[content.Kind]string{content.KindHome: "home page", content.KindCourse: "course", content.KindChapter: "chapter",
	content.KindSkill: "skill point", content.KindLibrary: "library", content.KindArticle: "library article"}
