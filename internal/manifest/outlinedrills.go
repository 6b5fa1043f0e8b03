package manifest

import (
	"fmt"
	"strings"
)

// A course's drills are most of its outline script's quizzes (one per
// skill point, 2.7 of 7.6 MB at 10,000 skill points) and nearly all of
// each entry follows from its skill point. The script lists those as
// [skill point id, questions] in drills, with the title's ending and the
// pass mark they share; skillbook.js makes whole quizzes of them again.

// drillShape is what a course's drills share: the ending a drill's title
// adds to its skill point's title, and the pass mark.
type drillShape struct {
	TitleEnd string
	Pass     float64
}

// compactDrills moves the drills of a course that follow the shape of its
// first drill from quizzes to drills; skills maps a skill point's id to
// its entry.
func (p *part) compactDrills(skills map[string]Entry) {
	var kept []Quiz
	for _, q := range p.Quizzes {
		s, ok := skills[q.For]
		if !ok || !q.Drill || !strings.HasPrefix(q.Title, s.Title) {
			kept = append(kept, q)
			continue
		}
		shape := drillShape{strings.TrimPrefix(q.Title, s.Title), q.Pass}
		if len(p.Drills) == 0 {
			p.DrillTitleEnd, p.DrillPass = shape.TitleEnd, shape.Pass
		}
		if shape != (drillShape{p.DrillTitleEnd, p.DrillPass}) || q != wholeDrill(s, p.Course.ID, q.Questions, shape) {
			kept = append(kept, q)
			continue
		}
		p.Drills = append(p.Drills, [2]any{q.For, q.Questions})
	}
	p.Quizzes = append([]Quiz{}, kept...)
}

// wholeDrill is the quiz entry skillbook.js makes of a drill listed as
// [skill point id, questions] (SB.outline's wholePart).
func wholeDrill(s Entry, course string, questions int, shape drillShape) Quiz {
	return Quiz{Entry: Entry{ID: "drill/" + s.ID, Title: s.Title + shape.TitleEnd, URL: "drills/?s=" + encodeURIComponent(s.URL)},
		For: s.ID, Course: course, Drill: true, Questions: questions, Pass: shape.Pass}
}

// encodeURIComponent escapes s as JavaScript's encodeURIComponent does.
func encodeURIComponent(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-_.!~*'()", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}
