package render

import (
	"encoding/json"
	"html/template"
	"net/url"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/link"
)

// views builds the View of every page the site has, generated pages included.
func (r *Renderer) views() []*View {
	var views []*View
	for _, p := range r.Site.Pages() {
		views = append(views, r.pageView(p))
	}
	views = append(views, r.tagViews()...)
	views = append(views, r.quizViews()...)
	return append(views, r.searchView(), r.generatedView("progress", "progress/"), r.generatedView("review", "review/"), r.notFoundView())
}

// generatedView is a page with no Markdown behind it, which its script
// fills: the trainee's progress, the review cards.
func (r *Renderer) generatedView(kind content.Kind, url string) *View {
	title := string(kind)
	if kind == "progress" {
		title = "my_progress" // as the header and the page's heading name it
	}
	p := &content.Page{Kind: kind, URL: url, Meta: content.FrontMatter{Title: label(r.Site.Config.Language, title)}}
	v := r.newView(p, kind)
	v.Crumbs = []Crumb{{r.Site.Home.Title(), ""}}
	return v
}

// searchView is the search results page; its script fills it from ?q=.
func (r *Renderer) searchView() *View {
	p := &content.Page{Kind: "search", URL: "search/", Meta: content.FrontMatter{Title: label(r.Site.Config.Language, "search_results")}}
	v := r.newView(p, "search")
	v.Crumbs = []Crumb{{r.Site.Home.Title(), ""}}
	return v
}

// tagViews are the tags index and each tag's page, when the site has tags.
func (r *Renderer) tagViews() []*View {
	if len(r.Graph.TagNames) == 0 {
		return nil
	}
	views := []*View{r.tagsView()}
	for _, t := range r.Graph.TagNames {
		views = append(views, r.tagView(t))
	}
	return views
}

func (r *Renderer) newView(p *content.Page, kind content.Kind) *View {
	v := &View{Site: r.Site, Graph: r.Graph, Page: p, Kind: kind, Title: p.Title(), quizzes: &r.quizzes, shared: r.shared, LMS: r.LMS}
	if p.Doc != nil {
		for _, h := range p.Doc.Headings {
			v.TOC = append(v.TOC, TOCEntry(h))
		}
	}
	return v
}

func (r *Renderer) pageView(p *content.Page) *View {
	v := r.newView(p, p.Kind)
	home := Crumb{Title: r.Site.Home.Title(), URL: ""}
	switch p.Kind {
	case content.KindCourse:
		v.Course = r.Graph.Course[p]
		v.Crumbs = []Crumb{home}
	case content.KindChapter:
		v.Course = r.Graph.Course[p]
		v.Chapter = chapterOf(v.Course, p)
		v.Crumbs = []Crumb{home, {v.Course.Page.Title(), v.Course.Page.URL}}
	case content.KindSkill:
		v.Course, v.Chapter = r.Graph.Course[p], r.Graph.Chapter[p]
		v.Prev, v.Next = r.Graph.Prev[p], r.Graph.Next[p]
		v.Crumbs = []Crumb{home, {v.Course.Page.Title(), v.Course.Page.URL}, {v.Chapter.Page.Title(), v.Chapter.Page.URL}}
		v.PageData = r.pageData(p)
		v.NextQuiz = r.chapterQuiz(p, v.Chapter)
	case content.KindLibrary:
		v.Crumbs = []Crumb{home}
	case content.KindArticle:
		v.Crumbs = []Crumb{home, {r.Site.Library.Title(), r.Site.Library.URL}}
	}
	r.attachQuizzes(v)
	return v
}

func chapterOf(c *content.Course, p *content.Page) *content.Chapter {
	for _, ch := range c.Chapters {
		if ch.Page == p {
			return ch
		}
	}
	return nil
}

func (r *Renderer) tagsView() *View {
	p := &content.Page{Kind: "tags", URL: "tags/", Meta: content.FrontMatter{Title: label(r.Site.Config.Language, "tags")}}
	v := r.newView(p, "tags")
	v.Crumbs = []Crumb{{r.Site.Home.Title(), ""}}
	return v
}

func (r *Renderer) tagView(tag string) *View {
	p := &content.Page{Kind: "tag", URL: link.TagURL(tag), Meta: content.FrontMatter{Title: tag}}
	v := r.newView(p, "tag")
	v.TagPages = r.Graph.Tags[tag]
	v.Crumbs = []Crumb{{r.Site.Home.Title(), ""}, {label(r.Site.Config.Language, "tags"), "tags/"}}
	return v
}

// notFoundView is the 404 page. It is served at any path, so its links are
// absolute: from baseURL's path when set, else from the host's root.
func (r *Renderer) notFoundView() *View {
	p := &content.Page{Kind: "404", Meta: content.FrontMatter{Title: label(r.Site.Config.Language, "not_found")}}
	v := r.newView(p, "404")
	v.absolute = "/"
	if u, err := url.Parse(r.Site.Config.BaseURL); err == nil && u.Path != "" {
		v.absolute = strings.TrimSuffix(u.Path, "/") + "/"
	}
	return v
}

// pageData is what the theme's scripts need of a skill point beyond what
// its page shows, as a JSON script element: the quizzes its mastery needs
// passed, each as [id, title, URL from the site's root, version], for the mastery
// panel that progress.js draws, and its aliases (the addresses it had
// before, whose progress it takes); none when it has neither. The rest the
// scripts read from the page: its id (article.skill's data-id), title
// (h1), URL (the page's own) and key points (the checklist's boxes).
func (r *Renderer) pageData(p *content.Page) template.HTML {
	var quizzes [][]string
	for _, id := range r.quizzes.counting[p] {
		if q := r.quizzes.byID[id]; q != nil {
			quizzes = append(quizzes, []string{id, q.Title, q.URL(), r.quizzes.version[q]})
		} else {
			quizzes = append(quizzes, []string{id})
		}
	}
	aliases := p.Aliases()
	if len(quizzes) == 0 && len(aliases) == 0 {
		return ""
	}
	b, _ := json.Marshal(struct {
		Quizzes [][]string `json:"quizzes,omitempty"`
		Aliases []string   `json:"aliases,omitempty"`
	}{quizzes, aliases})
	return template.HTML(`<script type="application/json" id="skillbook-page">` + string(b) + `</script>`)
}
