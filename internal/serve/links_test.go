package serve

import (
	"encoding/json"
	"io"
	"path/filepath"
	"testing"

	"skillbook/internal/sitetest"
)

// TestErrorsLinkToTheirPages: each diagnostic of the errors event carries
// the link to the page of the last good build its file belongs to — a
// Markdown file's page, a quiz file's quiz page — and none for
// skillbook.yaml or a file without a page.
func TestErrorsLinkToTheirPages(t *testing.T) {
	site := sitetest.Extract(t, "testdata/site.txtar")
	quizFile := filepath.Join(site, "quizzes/cs/check.yaml")
	write(t, quizFile, "title: 小测\nfor: cs/ch\nquestions:\n  - id: one\n    type: truefalse\n    prompt: 要微笑吗？\n    answer: true\n")
	s := New(site, io.Discard)
	if !s.session.HasBuilt() {
		t.Fatalf("the site does not build: %s", s.diags)
	}
	page := filepath.Join(site, "content/cs/ch/01-skill.md")
	write(t, page, "---\ntitle: 技能\ntitel: 拼错\n---\n")
	write(t, quizFile, "title: 小测\nfor: cs/ch\nquestoins: []\n")
	s.Rebuild([]string{page, quizFile})
	links := map[string]string{"content/cs/ch/01-skill.md": "/cs/ch/skill/", "quizzes/cs/check.yaml": "/quizzes/cs/check/", "skillbook.yaml": ""}
	assertLinks(t, s, links) // skillbook.yaml: the warning that it has no id

	config := filepath.Join(site, "skillbook.yaml")
	write(t, config, "title: 测试站\ntitel: 拼错\n")
	s.Rebuild([]string{config})
	assertLinks(t, s, links) // the errors of the other files stay until they are fixed

	for file, want := range map[string]bool{"themes/default/templates/skill.html": false, "content/cs/ch/02-new.md": false, "quizzes/notes.txt": false} {
		if _, ok := s.links.pageOf(file); ok != want {
			t.Errorf("pageOf(%s) found a page: %v, want %v", file, ok, want)
		}
	}
}

// assertLinks checks the link of every diagnostic of the server's errors
// event against want, by file; every file of want must have one, and no
// other file may.
func assertLinks(t *testing.T, s *Server, want map[string]string) {
	t.Helper()
	var ev struct {
		Diagnostics []struct{ File, URL string }
	}
	s.mu.RLock()
	data := s.diagsJSON()
	s.mu.RUnlock()
	if err := json.Unmarshal(data, &ev); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, d := range ev.Diagnostics {
		link, ok := want[d.File]
		if !ok {
			t.Errorf("unexpected diagnostic of %s in %s", d.File, data)
			continue
		}
		seen[d.File] = true
		if d.URL != link {
			t.Errorf("%s links to %q, want %q", d.File, d.URL, link)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("diagnostics of %v, want one of each of %v: %s", seen, want, data)
	}
}
