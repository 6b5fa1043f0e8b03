package corpus

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWrite generates a small site twice: the same files each time, pages
// of the sizes the issue asks for, and queries of every class whose listed
// pages contain them.
func TestWrite(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := Write(dir, DefaultShape(200)); err != nil {
			t.Fatal(err)
		}
	}
	files := readTree(t, a)
	if other := readTree(t, b); len(other) != len(files) {
		t.Fatalf("second run wrote %d files, first %d", len(other), len(files))
	}
	for name, text := range readTree(t, b) {
		if !bytes.Equal(files[name], text) {
			t.Errorf("%s differs between two runs of the same shape", name)
		}
	}
	checkSizes(t, files)
	checkQueries(t, files)
	m, err := models.get(repoContent())
	if err != nil {
		t.Fatal(err)
	}
	if len(m.words) < 2000 {
		t.Errorf("a vocabulary of %d words, want thousands", len(m.words))
	}
	t.Logf("vocabulary: %d words and marks, %d Latin or digit terms", len(m.words), len(m.latin))
}

func readTree(t *testing.T, dir string) map[string][]byte {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func checkSizes(t *testing.T, files map[string][]byte) {
	skills, articles := 0, 0
	for name, text := range files {
		switch {
		case strings.Contains(name, "/skill-"):
			skills++
			if len(text) < 2048 || len(text) > 6144 {
				t.Errorf("%s: %d bytes, want 2–6 KB", name, len(text))
			}
			if n := bytes.Count(text, []byte("\n- ")); n < 4 || n > 7 {
				t.Errorf("%s: %d key points, want 4–7", name, n)
			}
		case strings.HasPrefix(name, "content/library/"):
			articles++
			if len(text) < 3072 || len(text) > 10240 {
				t.Errorf("%s: %d bytes, want 3–10 KB", name, len(text))
			}
		}
	}
	if skills != 200 || articles != 4 {
		t.Errorf("%d skill points and %d articles, want 200 and 4", skills, articles)
	}
}

func checkQueries(t *testing.T, files map[string][]byte) {
	classes := map[string]int{}
	for line := range strings.Lines(string(files[QueryFile])) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 3 || f[1] == "" || f[2] == "" {
			t.Fatalf("bad line %q", line)
		}
		classes[f[0]]++
		if f[2] == "*" {
			continue
		}
		for _, url := range strings.Fields(f[2]) {
			md := files["content/"+strings.TrimSuffix(url, "/")+".md"]
			if md == nil {
				md = files["content/"+url+"_index.md"]
			}
			for _, piece := range strings.Fields(f[1]) {
				if !bytes.Contains(bytes.ToLower(md), []byte(strings.ToLower(piece))) {
					t.Errorf("%s query %q: %s does not contain %q", f[0], f[1], url, piece)
				}
			}
		}
	}
	for _, c := range QueryClasses {
		if classes[c] < 10 {
			t.Errorf("%d queries of class %s, want one per sampled skill point", classes[c], c)
		}
	}
	if len(classes) != len(QueryClasses) || !slices.Equal(slices.Sorted(func(yield func(string) bool) {
		for c := range classes {
			if !yield(c) {
				return
			}
		}
	}), slices.Sorted(slices.Values(QueryClasses))) {
		t.Errorf("classes %v, want %v", classes, QueryClasses)
	}
}

// TestContainsPiece pins how a query's piece is judged in a page's text:
// Han text anywhere, a Latin word or number only whole.
func TestContainsPiece(t *testing.T) {
	for _, c := range []struct {
		text, piece string
		want        bool
	}{
		{"每月新增3000多户", "300", false},
		{"每月新增300多户", "300", true},
		{"通过iso9001认证", "iso", false},
		{"通过iso 9001认证", "iso", true},
		{"iso9001, iso", "iso", true},
		{"新增300多户退", "300多户", true},
		{"新增3000多户退", "00多户", true},
		{"户腿", "户腿", true},
		{"户", "户腿", false},
	} {
		if got := containsPiece(c.text, c.piece); got != c.want {
			t.Errorf("containsPiece(%q, %q) = %v, want %v", c.text, c.piece, got, c.want)
		}
	}
}
