package quiz

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzQuizYAML reads a quiz file as the build does and checks that no
// input panics and that every diagnostic has a line in the file. The seeds
// are the bundled course's quizzes and testdata/fuzz/FuzzQuizYAML.
//
//	go test ./internal/quiz -run '^$' -fuzz FuzzQuizYAML -fuzztime 60s
func FuzzQuizYAML(f *testing.F) {
	quizzes, _ := filepath.Glob("../../quizzes/*.yaml")
	for _, q := range quizzes {
		if src, err := os.ReadFile(q); err == nil {
			f.Add(src)
		}
	}
	site := f.TempDir()
	if err := os.MkdirAll(filepath.Join(site, Dir), 0o755); err != nil {
		f.Fatal(err)
	}
	file := filepath.Join(site, Dir, "fuzz.yaml")
	f.Fuzz(func(t *testing.T, src []byte) {
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		_, diags := read(site, Dir+"/fuzz.yaml")
		lines := strings.Count(string(src), "\n") + 2
		for _, d := range diags {
			if d.Line < 0 || d.Line > lines {
				t.Errorf("diagnostic at line %d of %d: %s", d.Line, lines, d.Message)
			}
		}
	})
}
