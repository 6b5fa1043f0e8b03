package render

import (
	"testing"

	"skillbook/internal/content"
)

// TestHomeCourses: up to a dozen courses are all cards with summaries;
// past that the first six are cards without, and the others rows.
func TestHomeCourses(t *testing.T) {
	for _, c := range []struct{ courses, cards, rows int }{{0, 0, 0}, {1, 1, 0}, {12, 12, 0}, {13, 6, 7}, {100, 6, 94}} {
		site := &content.Site{}
		for range c.courses {
			site.Courses = append(site.Courses, &content.Course{})
		}
		v := &View{Site: site}
		cards, rows := v.CourseCards(), v.CourseRows()
		if len(cards) != c.cards || len(rows) != c.rows || v.CardSummaries() != (c.rows == 0) {
			t.Errorf("%d courses: %d cards, %d rows, summaries %v; want %d, %d, %v", c.courses, len(cards), len(rows), v.CardSummaries(), c.cards, c.rows, c.rows == 0)
		}
		if len(rows) > 0 && (rows[0] != site.Courses[len(cards)] || rows[len(rows)-1] != site.Courses[c.courses-1]) {
			t.Errorf("%d courses: the rows are not the courses after the cards", c.courses)
		}
	}
}
