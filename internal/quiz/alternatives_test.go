package quiz

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"skillbook/internal/diag"
)

// TestLoadSplitsAlternatives loads a fill question whose answers are
// written as alternatives and checks that each becomes an accepted answer
// of its own, while a slash without spaces stays part of its answer.
func TestLoadSplitsAlternatives(t *testing.T) {
	src := `title: 测验
for: c
questions:
  - id: days
    type: fill
    prompt: 培训后___天内要实践，速度是___，比例是___。
    blanks:
      - answers: ["28 / 二十八"]
      - answers: ["km/h", "公里／小时", "千米每小时 ／ 公里每小时"]
      - answers: ["1/2", "一半 /  二分之一 / "]
`
	files, diags := loadSource(t, src)
	if len(files) != 1 || diags.HasErrors() {
		t.Fatalf("loading: %d files, %v", len(files), diags)
	}
	want := [][]string{{"28", "二十八"}, {"km/h", "公里／小时", "千米每小时", "公里每小时"}, {"1/2", "一半", "二分之一"}}
	for i, b := range files[0].Quiz.Questions[0].Blanks {
		if !slices.Equal(b.Answers, want[i]) {
			t.Errorf("blank %d accepts %q, want %q", i+1, b.Answers, want[i])
		}
	}
}

// loadSource loads a site whose one quiz file, quizzes/q.yaml, is src.
func loadSource(t *testing.T, src string) ([]*File, diag.List) {
	t.Helper()
	site := t.TempDir()
	if err := os.MkdirAll(filepath.Join(site, Dir), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, Dir, "q.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return Load(site)
}
