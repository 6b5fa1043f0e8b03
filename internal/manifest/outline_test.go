package manifest

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestOutline splits the outline into a summary and a script per course:
// the summary counts each course's skill points and lists only the ids the
// prefix rule gets wrong; each course's script holds it whole with its
// quizzes.
func TestOutline(t *testing.T) {
	skill := func(id, url string) Skill {
		return Skill{Entry: Entry{ID: id, URL: url}, KeyPointIDs: []string{"kp-1"}}
	}
	m := &Manifest{Title: "站", Courses: []Course{
		{Entry: Entry{ID: "a", URL: "a/"}, Chapters: []Chapter{{Entry: Entry{ID: "a/c", URL: "a/c/"},
			Skills: []Skill{skill("a/c/s1", "a/c/s1/"), skill("greet", "a/c/s2/")}}}},
		{Entry: Entry{ID: "ab", URL: "ab/"}, Chapters: []Chapter{{Entry: Entry{ID: "ab/c", URL: "ab/c/"},
			Skills: []Skill{skill("ab/c/s1", "ab/c/s1/"), skill("a/moved", "ab/c/s2/")}}}},
	}, Quizzes: []Quiz{
		{Entry: Entry{ID: "drill/a/c/s1"}, Course: "a"},
		{Entry: Entry{ID: "ab/c"}, Course: "ab"},
		{Entry: Entry{ID: "library/quiz"}},
		{Entry: Entry{ID: "a/odd"}},
	}}
	files := m.Outline()
	if len(files) != 5 || files[0].Path != ScriptName || files[1].Path != "skillbook-outline/0.js" || files[3].Path != "skillbook-outline/1.js" {
		t.Fatalf("files %v", paths(files))
	}
	if got, want := string(files[4].Data), "(window.Skillbook = window.Skillbook || {}).courseChapters = [[\"\",\"ab/c/\"]];\n"; files[4].Path != "skillbook-outline/1-chapters.js" || got != want {
		t.Errorf("course 1's chapters script %s: %q, want %q", files[4].Path, got, want)
	}
	var s summary
	decode(t, files[0].Data, "outlineSummary", &s)
	if len(s.Courses) != 2 || s.Courses[0].Skills != 2 || s.Courses[1].Skills != 2 {
		t.Errorf("courses %+v", s.Courses)
	}
	want := map[string]int{"greet": 0, "a/moved": 1, "a/odd": -1}
	if len(s.Other) != len(want) {
		t.Errorf("other %v, want %v", s.Other, want)
	}
	for id, i := range want {
		if got, ok := s.Other[id]; !ok || got != i {
			t.Errorf("other[%q] = %d, %v; want %d", id, got, ok, i)
		}
	}
	if len(s.Quizzes) != 2 || s.Quizzes[0].ID != "library/quiz" {
		t.Errorf("quizzes in no course %+v", s.Quizzes)
	}
	var p part
	decode(t, files[3].Data, "outlineParts[1]", &p)
	if p.Course.ID != "ab" || len(p.Quizzes) != 1 || p.Quizzes[0].ID != "ab/c" {
		t.Errorf("course 1's script %+v", p)
	}
}

func paths(files []OutlineFile) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Path)
	}
	return out
}

// decode reads the JSON a script assigns to SB.<field>.
func decode(t *testing.T, script []byte, field string, v any) {
	t.Helper()
	_, after, ok := strings.Cut(string(script), "SB."+field+" = ")
	body, _, ok2 := strings.Cut(after, "; })(window.Skillbook")
	if !ok || !ok2 {
		t.Fatalf("no SB.%s in %s", field, script)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatal(err)
	}
}

// TestOutlineDrillsInShort lists a course's drills as [skill point id,
// questions] when the rest of each entry follows from its skill point,
// and whole otherwise (skillbook.js makes the same entries again: see
// TestOutlineQuizzesWhole in internal/e2e).
func TestOutlineDrillsInShort(t *testing.T) {
	s1 := Skill{Entry: Entry{ID: "a/c/s1", Title: "问候", URL: "a/c/s1/"}}
	s2 := Skill{Entry: Entry{ID: "a/c/s2", Title: "倾听 (1)", URL: "a/c/我 s2/"}}
	drill := func(s Skill, title string, pass float64) Quiz {
		return wholeDrill(s.Entry, "a", 3, drillShape{strings.TrimPrefix(title, s.Title), pass})
	}
	odd := drill(s2, "倾听 (1) · 练习", 0.8)
	odd.URL = "drills/?s=elsewhere"
	m := &Manifest{Courses: []Course{{Entry: Entry{ID: "a", URL: "a/"}, Chapters: []Chapter{{Entry: Entry{ID: "a/c", URL: "a/c/"},
		Skills: []Skill{s1, s2}}}}}, Quizzes: []Quiz{
		{Entry: Entry{ID: "a/c"}, Course: "a"},
		drill(s1, "问候 · 练习", 0.8),
		drill(s2, "倾听 (1) · 练习", 0.8),
		drill(s2, "倾听 (1) · 练习", 0.9),
		odd,
	}}
	var p part
	decode(t, m.Outline()[1].Data, "outlineParts[0]", &p)
	if p.DrillTitleEnd != " · 练习" || p.DrillPass != 0.8 || len(p.Drills) != 2 {
		t.Fatalf("drills %v, title end %q, pass %v", p.Drills, p.DrillTitleEnd, p.DrillPass)
	}
	if p.Drills[1][0] != "a/c/s2" || p.Drills[1][1] != 3.0 {
		t.Errorf("second drill %v", p.Drills[1])
	}
	if len(p.Quizzes) != 3 || p.Quizzes[0].ID != "a/c" || p.Quizzes[1].Pass != 0.9 || p.Quizzes[2].URL != "drills/?s=elsewhere" {
		t.Errorf("quizzes kept whole %+v", p.Quizzes)
	}
	if got := drill(s2, "", 0).URL; got != "drills/?s=a%2Fc%2F%E6%88%91%20s2%2F" {
		t.Errorf("url %s, want encodeURIComponent's", got)
	}
}
