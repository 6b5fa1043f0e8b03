package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"skillbook/internal/corpus"
	"skillbook/internal/manifest"
	"skillbook/internal/output"
)

// TestSaveServesEditedPagesFirst saves a key point edit: Save renders the
// edited page alone and names every file the rest changes; requests for
// those files, made at once from several goroutines while the server
// settles the rest, get what a full build makes, and a search finds the
// new key point.
func TestSaveServesEditedPagesFirst(t *testing.T) {
	site, session := smallSession(t)
	skill := filepath.Join(site, "content/course-001/chapter-02/skill-02.md")
	src, err := os.ReadFile(skill)
	if err != nil {
		t.Fatal(err)
	}
	edited, err := corpus.Edits["keypoint"](string(src), "蓝鲸要点", 1)
	if err != nil {
		t.Fatal(err)
	}
	write(t, skill, edited)
	res, changed := session.Save([]string{skill})
	if len(res.Diags) > 0 {
		t.Fatal(res.Diags)
	}
	if n := countHTML(res); n != 1 || res.Files[0].Path != "course-001/chapter-02/skill-02/index.html" {
		t.Errorf("Save rendered %d pages (%v), want the edited page alone", n, res.Files)
	}
	chapter, drills := "course-001/chapter-02/index.html", "drills/course-001/chapter-02/data.js"
	for _, want := range []string{res.Files[0].Path, chapter, "course-001/chapter-02/skill-01/index.html", drills, manifest.FileName} {
		if !slices.Contains(changed, want) {
			t.Errorf("Save's changed paths leave out %s", want)
		}
	}
	full := Build(Options{SiteDir: site})
	fullFile := map[string]output.File{}
	for _, f := range full.Files {
		fullFile[f.Path] = f
	}
	var wg sync.WaitGroup
	wg.Go(func() { session.Settle() })
	for _, name := range []string{chapter, drills, manifest.FileName, "course-001/index.html"} {
		wg.Go(func() {
			if got, ok := session.File(name); !ok || string(got.Data) != string(fullFile[name].Data) {
				t.Errorf("%s, asked for while the rest is done, differs from a full build", name)
			}
		})
	}
	wg.Go(func() {
		hits, err := session.Search().Search(context.Background(), "蓝鲸要点", 10)
		if err != nil || len(hits) == 0 || !strings.HasPrefix(hits[0].URL, "course-001/chapter-02/skill-02/") {
			t.Errorf("a search right after the save does not find the new key point: %v %v", hits, err)
		}
	})
	wg.Wait()
	sameAsFullBuild(t, "key point", session, site)
}

// smallSession writes a generated site of 24 skill points and opens a
// session on it: its folder and the session.
func smallSession(t *testing.T) (string, *Session) {
	t.Helper()
	site := t.TempDir()
	if err := corpus.Write(site, corpus.Shape{Skills: 24, SkillsPerChapter: 4, ChaptersPerCourse: 3, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	session, res := NewSession(Options{SiteDir: site})
	if len(res.Diags) > 0 {
		t.Fatal(res.Diags)
	}
	return site, session
}
