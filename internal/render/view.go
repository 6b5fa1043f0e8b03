package render

import (
	"html/template"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/link"
	"skillbook/internal/quiz"
)

// View is what a page template sees.
type View struct {
	Site  *content.Site
	Graph *link.Graph
	Page  *content.Page
	Kind  content.Kind
	Title string
	// Content is the page's rendered Markdown.
	Content template.HTML
	// PageData is a JSON script element with the page's own data.
	PageData template.HTML
	TOC      []TOCEntry
	Crumbs   []Crumb
	Course   *content.Course
	Chapter  *content.Chapter
	Prev     *content.Page
	Next     *content.Page
	// NextQuiz, on a chapter's last skill point, is the chapter's quiz:
	// the pager leads there until it is passed.
	NextQuiz *quiz.Quiz
	// TagPages lists the pages of a tag page.
	TagPages []*content.Page
	// Quizzes are the quizzes shown on the page, as forms.
	Quizzes []QuizForm
	// Drill is a skill point's drill; QuizLinks, on a chapter page, its
	// skill points' quizzes; PracticeURL the course's practice page.
	Drill       *quiz.Quiz
	QuizLinks   []*quiz.Quiz
	PracticeURL string
	// For is the page a quiz page's quiz belongs to.
	For *content.Page
	// LMS is the SCORM version ("1.2" or "2004") in a package: every page
	// loads the bridge to the LMS (assets/scorm-codec.js, assets/scorm.js)
	// and the outline.
	LMS string
	// Practice and CourseQuizzes are what a practice page lists.
	Practice      []PracticeChapter
	CourseQuizzes []*quiz.Quiz
	// quizzes are the site's quizzes, by page.
	quizzes *quizIndex
	// shared holds the partials rendered once for many pages.
	shared *sharedPartials
	// err is a problem found while building the view, reported when the
	// page is rendered.
	err error
	// absolute is the URL prefix used instead of relative links (the 404
	// page, which is served at any path).
	absolute string
}

// TOCEntry is one heading in the table of contents.
type TOCEntry struct {
	Level int
	ID    string
	Text  string
}

// Crumb is one step of the breadcrumbs.
type Crumb struct {
	Title string
	URL   string
}

// SkillList is what the skill-list partial renders.
type SkillList struct {
	View   *View
	Skills []*content.Page
	// Drills adds each skill point's drill link (on a chapter page).
	Drills bool
	// Brief leaves out the summaries (a big course's page).
	Brief bool
}

// URL returns the link from this page to the folder or file to (relative to
// the output root).
func (v *View) URL(to string) string {
	if v.absolute != "" {
		return v.absolute + to
	}
	return link.Rel(v.Page.URL, to)
}

// T returns interface text in the site's language.
func (v *View) T(key string, args ...any) string {
	return label(v.Site.Config.Language, key, args...)
}

// NeedsOutline reports pages whose scripts read the whole site's outline.
func (v *View) NeedsOutline() bool {
	return v.LMS != "" || v.Kind == content.KindHome || v.Kind == "progress" || v.Kind == "review"
}

// Label returns interface text with its %d or %s left for a script to fill.
func (v *View) Label(key string) string { return label(v.Site.Config.Language, key) }

// List pairs skill points with the view, for the skill-list partial.
func (v *View) List(skills []*content.Page) SkillList { return SkillList{View: v, Skills: skills} }

// courseSummaryMax is the most skill points a course page lists with
// their summaries: past it, the page lists titles alone (each chapter's
// page has the summaries), so that it stays small however big the course.
const courseSummaryMax = 30

// CourseList is List for a course page: brief past courseSummaryMax skill
// points.
func (v *View) CourseList(skills []*content.Page) SkillList {
	return SkillList{View: v, Skills: skills, Brief: v.Course != nil && v.Course.SkillCount() > courseSummaryMax}
}

// ListWithDrills is List with each skill point's drill linked beside it.
func (v *View) ListWithDrills(skills []*content.Page) SkillList {
	return SkillList{View: v, Skills: skills, Drills: true}
}

// Summary is the page's description for search engines and link previews:
// its summary, cut at descriptionMax characters.
func (v *View) Summary() string {
	if v.Page == nil {
		return ""
	}
	s := []rune(strings.TrimSpace(v.Page.Summary()))
	if len(s) > descriptionMax {
		return strings.TrimRight(string(s[:descriptionMax]), "…") + "…"
	}
	return string(s)
}

// descriptionMax is the most characters of a page's description: about
// what a search engine's result shows of Chinese text (Baidu 78, Google
// fewer). The lists' 120-character summaries cost every page 120 bytes
// more for nothing a reader sees.
const descriptionMax = 80

// Highlighted reports a page with highlighted code (a Markdown code block,
// in its text or its quizzes), the pages that load chroma.css: 9 KB the
// others do not need.
func (v *View) Highlighted() bool {
	if strings.Contains(string(v.Content), "chroma") {
		return true
	}
	for _, f := range v.Quizzes {
		if strings.Contains(string(f.Data), "chroma") {
			return true
		}
		for _, q := range f.Questions {
			if strings.Contains(string(q.Prompt), "chroma") {
				return true
			}
		}
	}
	return false
}
