package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"skillbook/internal/corpus"
)

// TestSessionEditsMatchFullBuild makes each kind of save that bench/rebuild
// times (corpus.Edits), and edits of a chapter, a course and an article, on
// a generated site with tags and quizzes; after each, the session serves
// exactly what a full build produces, and rebuilt no more than the edit
// touches.
func TestSessionEditsMatchFullBuild(t *testing.T) {
	site := t.TempDir()
	if err := corpus.Write(site, corpus.Shape{Skills: 24, SkillsPerChapter: 4, ChaptersPerCourse: 3, Articles: 2, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	content := func(rel string) string { return filepath.Join(site, "content", filepath.FromSlash(rel)) }
	skill := content("course-001/chapter-02/skill-01.md") // its previous page is in chapter 1
	for _, rel := range []string{"course-001/chapter-02/skill-01.md", "course-001/chapter-01/skill-03.md", "library/article-0001.md"} {
		retag(t, content(rel), "礼仪")
	}
	if err := os.MkdirAll(filepath.Join(site, "quizzes"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(site, "quizzes/chapter.yaml"), "title: 小测\nfor: course-001/chapter-02\nquestions:\n  - {id: a, type: truefalse, prompt: 对吗, answer: true}\n")
	session, res := NewSession(Options{SiteDir: site})
	if len(res.Diags) > 0 {
		t.Fatal(res.Diags)
	}
	type step struct {
		name, file string
		edit       corpus.Edit
		round      int
		maxPages   int
	}
	var steps []step
	for _, kind := range corpus.EditKinds {
		steps = append(steps, step{kind, skill, corpus.Edits[kind], 1, 16}, step{kind + " again", skill, corpus.Edits[kind], 2, 16})
	}
	titled := func(src, marker string, _ int) (string, error) {
		return strings.Replace(src, "title: \"", "title: \""+marker, 1), nil
	}
	for _, rel := range []string{"course-001/chapter-02/_index.md", "course-001/_index.md", "library/article-0001.md"} {
		steps = append(steps, step{rel + " title", content(rel), titled, 1, 40})
	}
	originals := map[string]string{}
	for i, st := range steps {
		if _, ok := originals[st.file]; !ok {
			src, err := os.ReadFile(st.file)
			if err != nil {
				t.Fatal(err)
			}
			originals[st.file] = string(src)
		}
		text, err := st.edit(originals[st.file], fmt.Sprintf("改%d", i), st.round)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		write(t, st.file, text)
		res, _ := session.Update([]string{st.file})
		if len(res.Diags) > 0 {
			t.Fatalf("%s: %s", st.name, res.Diags)
		}
		if n := countHTML(res); n == 0 || n > st.maxPages {
			t.Errorf("%s: rendered %d pages, want 1 to %d", st.name, n, st.maxPages)
		}
		sameAsFullBuild(t, st.name, session, site)
	}
}

// retag gives a page the tag.
func retag(t *testing.T, file, tag string) {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	write(t, file, strings.Replace(string(src), "---\n", "---\ntags: ["+tag+"]\n", 1))
}
