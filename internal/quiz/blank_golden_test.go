package quiz

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/blanks.txt")

// TestBundledBlanks pins the word each key point of the bundled course
// would have blanked (key point, a tab, the key point with its blank), and
// the fill questions its drills ask: a change of the choice shows as a
// diff of testdata/blanks.txt. Rewrite it with -update.
func TestBundledBlanks(t *testing.T) {
	site := loadBundled(t)
	var b strings.Builder
	for _, c := range site.Courses {
		skills := courseSkills(c)
		words := cutCourse(skills)
		for _, s := range skills {
			b.WriteString("# " + s.ID + "\n")
			if kp := keyPoints(s); kp != nil {
				for _, it := range kp.Items {
					start, end := words.blankSpan(it.Text)
					b.WriteString(it.Text + "\t" + it.Text[:start] + "[" + it.Text[start:end] + "]" + it.Text[end:] + "\n")
				}
			}
		}
	}
	b.WriteString("\n# the drills' fill questions\n")
	for _, d := range Drills(site) {
		for _, q := range d.Questions {
			if q.Type == Fill {
				b.WriteString(q.Prompt + "\t" + q.Blanks[0].Answers[0] + "\n")
			}
		}
	}
	const golden = "testdata/blanks.txt"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("the bundled course's blanks changed (go test ./internal/quiz -run TestBundledBlanks -update):\ngot:\n%s\nwant:\n%s", b.String(), want)
	}
}
