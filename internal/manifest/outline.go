package manifest

import (
	"encoding/json"
	"fmt"
	"strings"
)

// OutlineDir is the folder of the per-course outline scripts: OutlineDir/N.js
// holds the Nth course whole (chapters, skill points, key points and ids)
// and its quizzes, and sets Skillbook.outlineParts[N]. skillbook.js loads
// them as the page asks (Skillbook.outline), with script elements, which
// work from file:// as fetch() does not.
const OutlineDir = "skillbook-outline"

// summary is what ScriptName holds, so that a page's first load does not
// grow with the site: every course with its number of skill points, the
// quizzes in no course, and the ids whose course the prefix rule (courseOf)
// does not give.
type summary struct {
	Title   string          `json:"title"`
	Courses []courseSummary `json:"courses"`
	// Other maps an id to its course's index, or -1 for none, where
	// PrefixCourse would answer otherwise.
	Other   map[string]int `json:"other"`
	Quizzes []Quiz         `json:"quizzes"`
}

type courseSummary struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Skills int    `json:"skills"`
}

// part is one course's outline script: the course, its quizzes, and its
// drills in short (compactDrills).
type part struct {
	Course        Course   `json:"course"`
	Quizzes       []Quiz   `json:"quizzes"`
	Drills        [][2]any `json:"drills,omitempty"`
	DrillTitleEnd string   `json:"drillTitleEnd,omitempty"`
	DrillPass     float64  `json:"drillPass,omitempty"`
}

// OutlineFile is one file of the outline scripts: a path under the output
// root and its bytes.
type OutlineFile struct {
	Path string
	Data []byte
}

// Outline returns the outline scripts: the summary (ScriptName) and a script
// per course (OutlineDir).
func (m *Manifest) Outline() []OutlineFile {
	s := summary{Title: m.Title, Courses: []courseSummary{}, Other: map[string]int{}, Quizzes: []Quiz{}}
	parts := make([]part, len(m.Courses))
	index := map[string]int{}
	for i, c := range m.Courses {
		index[c.ID] = i
		parts[i] = part{Course: c, Quizzes: []Quiz{}}
		s.Courses = append(s.Courses, courseSummary{ID: c.ID, Title: c.Title, URL: c.URL, Skills: c.countSkills()})
		for _, ch := range c.Chapters {
			for _, sk := range ch.Skills {
				s.note(sk.ID, i, m.Courses)
			}
		}
	}
	for _, q := range m.Quizzes {
		i, ok := index[q.Course]
		if !ok {
			i = -1
			s.Quizzes = append(s.Quizzes, q)
		} else {
			parts[i].Quizzes = append(parts[i].Quizzes, q)
		}
		s.note(q.ID, i, m.Courses)
	}
	files := []OutlineFile{{Path: ScriptName, Data: script("outlineSummary", s)}}
	skills := map[string]Entry{}
	for _, c := range m.Courses {
		for _, ch := range c.Chapters {
			for _, sk := range ch.Skills {
				skills[sk.ID] = sk.Entry
			}
		}
	}
	for i, p := range parts {
		p.compactDrills(skills)
		files = append(files, OutlineFile{Path: fmt.Sprintf("%s/%d.js", OutlineDir, i), Data: script(fmt.Sprintf("outlineParts[%d]", i), p)},
			chaptersScript(i, m.Courses[i]))
	}
	return files
}

// ChaptersScript is the path of the Nth course's chapters script: its
// chapters' titles and URLs, which skillbook.js adds to the course
// contents of the course's chapter and skill pages (they show their own
// chapter alone: at 10,000 skill points the other chapters' titles were
// 7.5 MB of the skill pages). About a kilobyte a course, loaded once.
func ChaptersScript(n int) string { return fmt.Sprintf("%s/%d-chapters.js", OutlineDir, n) }

// chaptersScript sets window.Skillbook.courseChapters to the course's
// chapters as [title, URL from the site's root].
func chaptersScript(n int, c Course) OutlineFile {
	chapters := [][2]string{}
	for _, ch := range c.Chapters {
		chapters = append(chapters, [2]string{ch.Title, ch.URL})
	}
	b, _ := json.Marshal(chapters)
	data := append(append([]byte("(window.Skillbook = window.Skillbook || {}).courseChapters = "), b...), ";\n"...)
	return OutlineFile{Path: ChaptersScript(n), Data: data}
}

// note records id's course i (-1 for none) when the prefix rule misses it.
func (s *summary) note(id string, i int, courses []Course) {
	if PrefixCourse(id, courses) != i {
		s.Other[id] = i
	}
}

func (c Course) countSkills() int {
	n := 0
	for _, ch := range c.Chapters {
		n += len(ch.Skills)
	}
	return n
}

// PrefixCourse is the index of the course an id belongs to by the rule
// skillbook.js applies before it looks at the summary's exceptions: the
// first course whose URL starts the id, less a leading "drill/" (ids follow
// URLs unless the front matter sets them). -1 when none does.
func PrefixCourse(id string, courses []Course) int {
	bare := strings.TrimPrefix(id, "drill/") + "/"
	for i, c := range courses {
		if strings.HasPrefix(bare, c.URL) {
			return i
		}
	}
	return -1
}

// script is v as a script that sets window.Skillbook.<field>.
func script(field string, v any) []byte {
	b, _ := json.Marshal(v)
	head := "(function (SB) { SB.outlineParts = SB.outlineParts || {}; SB." + field + " = "
	return append(append([]byte(head), b...), "; })(window.Skillbook = window.Skillbook || {});\n"...)
}
