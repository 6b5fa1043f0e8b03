package render

import (
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/quiz"
)

// newestArticles is how many articles the home page lists.
const newestArticles = 6

// CourseStart is the first skill point of a course and its chapter: where
// a trainee who has read nothing of it starts.
type CourseStart struct {
	Skill   *content.Page
	Chapter *content.Page
}

// StartOf returns where course c starts, or nil when it has no skill point.
func (v *View) StartOf(c *content.Course) *CourseStart {
	for _, ch := range c.Chapters {
		if len(ch.Skills) > 0 {
			return &CourseStart{Skill: ch.Skills[0], Chapter: ch.Page}
		}
	}
	return nil
}

// SiteStart is where the site starts: the first skill point of its first
// course that has one (the home page's 从这里开始), or nil.
func (v *View) SiteStart() *CourseStart {
	for _, c := range v.Site.Courses {
		if s := v.StartOf(c); s != nil {
			return s
		}
	}
	return nil
}

// NewestArticles are the library's first articles in its order (articles
// carry no date), for the home page, which links to the rest.
func (v *View) NewestArticles() []*content.Page {
	return v.Site.Articles[:min(len(v.Site.Articles), newestArticles)]
}

// ChapterStep is a skill point's place in its chapter, from 1.
type ChapterStep struct {
	N, Total int
}

// Step returns the skill point's place in its chapter, or nil on other
// pages.
func (v *View) Step() *ChapterStep {
	if v.Kind != content.KindSkill || v.Chapter == nil {
		return nil
	}
	for i, s := range v.Chapter.Skills {
		if s == v.Page {
			return &ChapterStep{N: i + 1, Total: len(v.Chapter.Skills)}
		}
	}
	return nil
}

// PracticeHome is the target of the header's 练习 link: the practice page
// of the only course that has quizzes or drills, the practice index when
// several have, "" when none has.
func (v *View) PracticeHome() string {
	found := v.PracticeCourses()
	switch len(found) {
	case 0:
		return ""
	case 1:
		return practiceURL(found[0])
	}
	return practiceIndexURL
}

// practiceIndexURL lists the practice pages when several courses have one.
const practiceIndexURL = "practice/"

// PracticeCourses are the courses that have a practice page, for the
// practice index.
func (v *View) PracticeCourses() []*content.Course {
	var out []*content.Course
	for _, c := range v.Site.Courses {
		if v.quizzes.practiced[c] {
			out = append(out, c)
		}
	}
	return out
}

// PracticeRows reports whether the practice index lists its courses as
// rows rather than cards: past wholeCards of them, as the home page does.
func (v *View) PracticeRows() bool { return len(v.PracticeCourses()) > wholeCards }

// PracticeSummary says what a course's practice page holds, for its card
// on the practice index: "3 个测验 · 100 个牢记要点练习".
func (v *View) PracticeSummary(c *content.Course) string {
	quizzes, drills := v.quizzes.practiceCount(c)
	var parts []string
	if quizzes > 0 {
		parts = append(parts, v.T("quizzes_n", quizzes))
	}
	if drills > 0 {
		parts = append(parts, v.T("drills_n", drills))
	}
	return strings.Join(parts, " · ")
}

// AnyQuiz reports whether the page's course, or the site on a page of no
// course, has a quiz (not drills alone): the practice pages promise
// quizzes only where there are some.
func (v *View) AnyQuiz() bool {
	courses := v.Site.Courses
	if v.Course != nil {
		courses = []*content.Course{v.Course}
	}
	for _, c := range courses {
		if quizzes, _ := v.quizzes.practiceCount(c); quizzes > 0 {
			return true
		}
	}
	return false
}

// PracticeOf returns a course's practice page.
func (v *View) PracticeOf(c *content.Course) string { return practiceURL(c) }

// DrillFor returns a skill point's drill, or nil.
func (v *View) DrillFor(p *content.Page) *quiz.Quiz { return v.quizzes.drill[p] }
