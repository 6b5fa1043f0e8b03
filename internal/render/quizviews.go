package render

import (
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/quiz"
)

// PracticeChapter is a chapter on a course's practice page: the quizzes of
// the chapter and of its skill points, and its skill points' drills.
type PracticeChapter struct {
	Chapter *content.Chapter
	Quizzes []*quiz.Quiz
	Drills  []*quiz.Quiz
}

// attachQuizzes gives a course, chapter or skill point page the forms of
// the quizzes that belong to it, and the links to the others.
func (r *Renderer) attachQuizzes(v *View) {
	for i, q := range r.quizzes.forPage[v.Page] {
		f, err := r.quizForm(q, i+1)
		if err != nil {
			v.err = err
			return
		}
		v.Quizzes = append(v.Quizzes, f)
	}
	v.Drill = r.quizzes.drill[v.Page]
	if v.Kind == content.KindChapter && v.Chapter != nil {
		for _, s := range v.Chapter.Skills {
			v.QuizLinks = append(v.QuizLinks, r.quizzes.forPage[s]...)
		}
	}
	if v.Course != nil && r.quizzes.practiced[v.Course] {
		v.PracticeURL = practiceURL(v.Course)
	}
}

func practiceURL(c *content.Course) string { return "practice/" + c.Page.URL }

// quizViews are the page of every quiz, the drill page, and each course's
// practice page.
func (r *Renderer) quizViews() []*View {
	return r.courseQuizViews(r.Site.Courses, true)
}

// courseQuizViews are the pages of the quizzes for the given courses'
// pages and the courses' practice pages; with indexes, the pages that name
// every course too, the drill page and the practice index, and the pages of
// the quizzes for library articles.
func (r *Renderer) courseQuizViews(courses []*content.Course, indexes bool) []*View {
	var views []*View
	drills := false
	for _, q := range r.Quizzes {
		if q.Drill {
			drills = true
			continue
		}
		if c := r.Graph.Course[q.Target]; c == nil && indexes || slices.Contains(courses, c) {
			views = append(views, r.quizView(q))
		}
	}
	if drills && indexes {
		views = append(views, r.generatedView("drill", DrillDir))
	}
	practiced := 0
	for _, c := range r.Site.Courses {
		if r.quizzes.practiced[c] {
			if slices.Contains(courses, c) {
				views = append(views, r.practiceView(c))
			}
			practiced++
		}
	}
	if practiced > 1 && indexes {
		views = append(views, r.practiceIndexView())
	}
	return views
}

func (r *Renderer) quizView(q *quiz.Quiz) *View {
	p := &content.Page{Kind: "quiz", URL: q.URL(), ID: q.ID, Meta: content.FrontMatter{Title: q.Title}}
	v := r.newView(p, "quiz")
	v.Course = r.Graph.Course[q.Target]
	v.Crumbs = []Crumb{{r.Site.Home.Title(), ""}}
	if v.Course != nil && v.Course.Page != q.Target {
		v.Crumbs = append(v.Crumbs, Crumb{v.Course.Page.Title(), v.Course.Page.URL})
	}
	v.Crumbs = append(v.Crumbs, Crumb{q.Target.Title(), q.Target.URL})
	v.Chapter = r.Graph.Chapter[q.Target]
	f, err := r.quizForm(q, 1)
	v.Quizzes, v.err = []QuizForm{f}, err
	v.For = q.Target
	if v.Course != nil {
		v.PracticeURL = practiceURL(v.Course)
	}
	v.Prev, v.Next = r.aroundQuiz(q.Target)
	return v
}

// aroundQuiz is the pager of a quiz's page: the last skill point it asks
// about and the page after it in reading order — after a chapter's quiz,
// the next chapter's first skill point, where a pass leads on (quiz.js's
// continueLink). Neither for a quiz of a course or of the library.
func (r *Renderer) aroundQuiz(target *content.Page) (prev, next *content.Page) {
	last := target
	if course := r.Graph.Course[target]; course != nil && r.Graph.Chapter[target] == nil {
		last = nil
		for _, ch := range course.Chapters {
			if ch.Page == target && len(ch.Skills) > 0 {
				last = ch.Skills[len(ch.Skills)-1]
			}
		}
	}
	if last == nil || r.Graph.Chapter[last] == nil {
		return nil, nil
	}
	return last, r.Graph.Next[last]
}

func (r *Renderer) practiceView(c *content.Course) *View {
	title := label(r.Site.Config.Language, "practice_of", c.Page.Title())
	p := &content.Page{Kind: "practice", URL: practiceURL(c), Meta: content.FrontMatter{Title: title}}
	v := r.newView(p, "practice")
	v.Course = c
	v.Crumbs = []Crumb{{r.Site.Home.Title(), ""}, {c.Page.Title(), c.Page.URL}}
	v.Practice = r.quizzes.practice(c)
	v.CourseQuizzes = r.quizzes.forPage[c.Page]
	return v
}

// practiceIndexView lists the courses' practice pages, the header's 练习
// link when several courses have one.
func (r *Renderer) practiceIndexView() *View {
	p := &content.Page{Kind: "practice", URL: practiceIndexURL, Meta: content.FrontMatter{Title: label(r.Site.Config.Language, "practice")}}
	v := r.newView(p, "practice")
	v.Crumbs = []Crumb{{r.Site.Home.Title(), ""}}
	return v
}

// QuizContext is what the quiz partial renders: a form on a page.
type QuizContext struct {
	View *View
	Form QuizForm
	// Standalone is set on the quiz's own page, whose title is the page's.
	Standalone bool
}

// WithQuiz pairs a quiz form with the page it is on.
func (v *View) WithQuiz(f QuizForm) QuizContext { return QuizContext{View: v, Form: f} }

// Standalone pairs a quiz form with its own page.
func (v *View) Standalone(f QuizForm) QuizContext {
	return QuizContext{View: v, Form: f, Standalone: true}
}

// QuizList is what the quiz-list partial renders: links to quizzes.
type QuizList struct {
	View    *View
	Quizzes []*quiz.Quiz
}

// QuizList pairs quizzes with the page that links them.
func (v *View) QuizList(qs []*quiz.Quiz) QuizList { return QuizList{View: v, Quizzes: qs} }

// QuizIDs returns the ids of the quizzes a skill point's mastery needs,
// space-separated, for the progress script.
func (v *View) QuizIDs(p *content.Page) string {
	return strings.Join(v.quizzes.counting[p], " ")
}
