package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestOutlineQuizzesWhole: the outline scripts list a course's drills in
// short (internal/manifest), and what skillbook.js makes of them is the
// manifest's list of quizzes, entry for entry, in its order.
func TestOutlineQuizzesWhole(t *testing.T) {
	out := buildSite(t, repoRoot)
	raw, err := os.ReadFile(filepath.Join(out, "skillbook.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct{ Quizzes []any }
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(m.Quizzes)
	ctx, _ := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+"progress/index.html", "progress")
	var quizzes []any
	if err := json.Unmarshal([]byte(w.eval(`Skillbook.outline(Skillbook.outlineSummary.courses.map(c => c.id)).then(o => JSON.stringify(o.quizzes))`).(string)), &quizzes); err != nil {
		t.Fatal(err)
	}
	if got, _ := json.Marshal(quizzes); string(got) != string(want) {
		t.Errorf("the outline's quizzes\n%s\nwant the manifest's\n%s", got, want)
	}
}
