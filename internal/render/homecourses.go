package render

import "skillbook/internal/content"

// The home page lists every course with the trainee's progress in it. A
// site of at most wholeCards courses shows each as a card (title, summary,
// counts, progress, next step). A larger one shows its first firstCards
// courses, about a screenful, as cards without summaries and the others
// as rows of a title and a progress bar, so that the page stays small
// however many courses there are: at 100 courses the cards alone were
// 46 KB of the page's 148 KB first load, the rows are 12 KB.
const (
	wholeCards = 12
	firstCards = 6
)

// CourseCards are the courses the home page shows as cards, in order.
func (v *View) CourseCards() []*content.Course {
	if len(v.Site.Courses) <= wholeCards {
		return v.Site.Courses
	}
	return v.Site.Courses[:firstCards]
}

// CourseRows are the courses the home page shows as rows, after the cards.
func (v *View) CourseRows() []*content.Course {
	return v.Site.Courses[len(v.CourseCards()):]
}

// CardSummaries reports whether the home page's course cards show the
// courses' summaries: when every course has a card.
func (v *View) CardSummaries() bool { return len(v.Site.Courses) <= wholeCards }
