package e2e

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestOutlineQuizzesWhole: the outline scripts list a course's drills in
// short (internal/manifest), and what skillbook.js makes of them is the
// manifest's list of quizzes and the drills its skill points give
// (skillbook.json format 2: a skill point's "drill" is its drill's number
// of questions, the rest follows from the skill point), entry for entry.
func TestOutlineQuizzesWhole(t *testing.T) {
	out := buildSite(t, repoRoot)
	raw, err := os.ReadFile(filepath.Join(out, "skillbook.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := manifestQuizzes(t, raw)
	ctx, _ := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+"progress/index.html", "progress")
	var quizzes []map[string]any
	if err := json.Unmarshal([]byte(w.eval(`Skillbook.outline(Skillbook.outlineSummary.courses.map(c => c.id)).then(o => JSON.stringify(o.quizzes))`).(string)), &quizzes); err != nil {
		t.Fatal(err)
	}
	if got := sortedJSON(quizzes); got != want {
		t.Errorf("the outline's quizzes\n%s\nwant the manifest's\n%s", got, want)
	}
}

// manifestQuizzes is the whole list of quizzes and drills that a
// skillbook.json of format 2 gives, as sortedJSON.
func manifestQuizzes(t *testing.T, raw []byte) string {
	type skill struct {
		ID, Title, URL string
		Drill          int
	}
	var m struct {
		Format  int
		Quizzes []map[string]any
		Courses []struct {
			ID       string
			Chapters []struct{ Skills []skill }
		}
		DrillTitleEnd string
		DrillPass     float64
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if m.Format != 2 {
		t.Fatalf("skillbook.json format %d, want 2", m.Format)
	}
	drills := 0
	for _, c := range m.Courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				if s.Drill == 0 {
					continue
				}
				drills++
				u := s.URL
				if u == "" {
					u = s.ID + "/"
				}
				m.Quizzes = append(m.Quizzes, map[string]any{"id": "drill/" + s.ID, "title": s.Title + m.DrillTitleEnd,
					"url": "drills/?s=" + strings.ReplaceAll(url.QueryEscape(u), "+", "%20"), "for": s.ID, "course": c.ID,
					"drill": true, "questions": s.Drill, "pass": m.DrillPass})
			}
		}
	}
	if drills == 0 {
		t.Fatal("no skill point of the bundled course has a drill in skillbook.json")
	}
	return sortedJSON(m.Quizzes)
}

// sortedJSON is quizzes as JSON, one line each, sorted.
func sortedJSON(quizzes []map[string]any) string {
	var lines []string
	for _, q := range quizzes {
		b, _ := json.Marshal(q)
		lines = append(lines, string(b))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}
