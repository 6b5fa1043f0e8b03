package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"skillbook/internal/manifest"
	"skillbook/internal/search"
	"skillbook/internal/sitetest"
)

// TestSessionMatchesFullBuild applies edits one after another and checks,
// after each, that the session serves exactly what a full build of the
// edited site produces, and that page edits rebuilt only what they touch.
func TestSessionMatchesFullBuild(t *testing.T) {
	site := sitetest.Extract(t, "testdata/sites/basic.txtar")
	session, res := NewSession(Options{SiteDir: site})
	if len(res.Diags) > 0 {
		t.Fatal(res.Diags)
	}
	greeting := filepath.Join(site, "content/cs/01-basics/01-greeting.md")
	original, _ := os.ReadFile(greeting)
	edits := []struct {
		name      string
		file      string
		text      string
		maxPages  int // pages an incremental update may render; 0: a full build is expected
		wantFiles string
	}{
		{"body only", greeting, strings.Replace(string(original), "| 见面 | 您好 |", "| 见面 | 欢迎光临 |", 1), 1, "cs/basics/greeting/index.html"},
		{"title", greeting, strings.Replace(string(original), "title: 如何问候客户", "title: 如何热情问候客户", 1), 12, "cs/basics/listening/index.html"},
		{"key point", greeting, strings.Replace(string(original), "- 语气热情", "- 语气亲切", 1), 12, "skillbook.json"},
		{"tags", greeting, strings.Replace(string(original), "tags: [礼仪, 沟通]", "tags: [礼仪]", 1), 0, "tags/沟通/index.html"},
		{"weight", greeting, strings.Replace(string(original), "id: greet", "id: greet\nweight: 9", 1), 0, "cs/basics/index.html"},
		{"new page", filepath.Join(site, "content/cs/01-basics/04-new.md"), "---\ntitle: 新页面\n---\n新的。\n", 0, "cs/basics/new/index.html"},
		{"article", filepath.Join(site, "content/library/01-notes.md"), "---\ntitle: 服务笔记二\n---\n改过。\n", 12, "library/index.html"},
		{"quiz", filepath.Join(site, "quizzes/q.yaml"), "title: 小测\nfor: cs/basics\nquestions:\n  - {id: a, type: truefalse, prompt: 对吗, answer: true}\n", 0, "quizzes/q/index.html"},
	}
	for _, e := range edits {
		if err := os.MkdirAll(filepath.Dir(e.file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(e.file, []byte(e.text), 0o644); err != nil {
			t.Fatal(err)
		}
		res, changed := session.Update([]string{e.file})
		if len(res.Diags) > 0 {
			t.Fatalf("%s: %s", e.name, res.Diags)
		}
		rendered := countHTML(res)
		if e.maxPages > 0 && (rendered == 0 || rendered > e.maxPages) {
			t.Errorf("%s: rendered %d pages, want 1 to %d (an incremental update)", e.name, rendered, e.maxPages)
		}
		if e.maxPages == 0 && rendered < 10 {
			t.Errorf("%s: rendered %d pages, want a full build", e.name, rendered)
		}
		if !slices.Contains(changed, e.wantFiles) {
			t.Errorf("%s: changed %v, want %s among them", e.name, changed, e.wantFiles)
		}
		sameAsFullBuild(t, e.name, session, site)
		if e.name == "body only" {
			hits, err := session.Search().Search(context.Background(), "欢迎光临", 10)
			if err != nil || len(hits) != 1 || hits[0].URL != "cs/basics/greeting/#示例" {
				t.Errorf("the edited text is not in the session's search index: %v %v", hits, err)
			}
		}
	}
}

// TestSessionKeepsLastGoodSite breaks a page, then fixes another: the broken
// one is still reported until it is fixed too.
func TestSessionKeepsLastGoodSite(t *testing.T) {
	site := sitetest.Extract(t, "testdata/sites/basic.txtar")
	session, _ := NewSession(Options{SiteDir: site})
	greeting := filepath.Join(site, "content/cs/01-basics/01-greeting.md")
	listening := filepath.Join(site, "content/cs/01-basics/02-listening.md")
	before, _ := session.File("cs/basics/greeting/index.html")

	write(t, greeting, "---\ntitle: 坏了\ntitel: x\n---\n")
	if res, _ := session.Update([]string{greeting}); !res.Diags.HasErrors() {
		t.Fatal("no error for a broken front matter")
	}
	write(t, listening, "---\ntitle: 如何倾听\nweight: 5\n---\n好的。\n")
	res, _ := session.Update([]string{listening})
	if !strings.Contains(res.Diags.String(), `01-greeting.md:3:1: error: unknown key "titel"`) {
		t.Fatalf("the first broken file is forgotten:\n%s", res.Diags)
	}
	if after, _ := session.File("cs/basics/greeting/index.html"); string(after.Data) != string(before.Data) {
		t.Error("the last good page was replaced")
	}
	write(t, greeting, "---\ntitle: 好了\n---\n")
	if res, _ := session.Update([]string{greeting}); res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	sameAsFullBuild(t, "fixed", session, site)
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func sameAsFullBuild(t *testing.T, name string, session *Session, site string) {
	t.Helper()
	full := Build(Options{SiteDir: site})
	if len(full.Diags) > 0 {
		t.Fatalf("%s: %s", name, full.Diags)
	}
	exported := 0
	for _, f := range full.Files {
		if strings.HasPrefix(f.Path, search.ExportDir) {
			exported++
		}
		got, ok := session.File(f.Path)
		if !ok || string(got.Data) != string(f.Data) || got.From != f.From {
			t.Errorf("%s: %s differs from a full build", name, f.Path)
		}
	}
	session.fold() // puts in place a whole new search export that the requests above wrote
	if len(session.files) != len(full.Files) || exported == 0 {
		t.Errorf("%s: session has %d files, a full build %d", name, len(session.files), len(full.Files))
	}
}

func countHTML(res *Result) int {
	n := 0
	for _, f := range res.Files {
		if strings.HasSuffix(f.Path, ".html") {
			n++
		}
	}
	return n
}

// TestSessionNoticesDeletedFiles deletes and renames theme overrides and a
// quiz: each change shows at once, the same as a full build.
func TestSessionNoticesDeletedFiles(t *testing.T) {
	site := sitetest.Extract(t, "testdata/sites/basic.txtar")
	style := filepath.Join(site, "themes/default/static/style.css")
	extra := filepath.Join(site, "themes/default/static/extra.css")
	if err := os.MkdirAll(filepath.Dir(style), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, style, "body { color: red }\n")
	write(t, extra, "p { margin: 0 }\n")
	quiz := filepath.Join(site, "quizzes/q.yaml")
	if err := os.MkdirAll(filepath.Dir(quiz), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, quiz, "title: 小测\nfor: cs/basics\nquestions:\n  - {id: a, type: truefalse, prompt: 对吗, answer: true}\n")
	session, res := NewSession(Options{SiteDir: site})
	if len(res.Diags) > 0 {
		t.Fatal(res.Diags)
	}
	if f, _ := session.File("assets/style.css"); string(f.Data) != "body{color:red}" /* minified */ {
		t.Fatalf("the override is not served: %.40q", f.Data)
	}
	steps := []struct {
		name    string
		change  func() error
		paths   []string
		missing string
	}{
		{"deleted override", func() error { return os.Remove(style) }, []string{style}, ""},
		{"renamed override", func() error { return os.Rename(extra, extra+".off") }, []string{extra}, "assets/extra.css"},
		{"deleted quiz", func() error { return os.Remove(quiz) }, []string{quiz}, "quizzes/q/index.html"},
	}
	for _, st := range steps {
		if err := st.change(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		res, changed := session.Update(st.paths)
		if res.Diags.HasErrors() {
			t.Fatalf("%s: %s", st.name, res.Diags)
		}
		if len(changed) == 0 {
			t.Errorf("%s: nothing changed", st.name)
		}
		if _, ok := session.File(st.missing); st.missing != "" && ok {
			t.Errorf("%s: %s is still served", st.name, st.missing)
		}
		sameAsFullBuild(t, st.name, session, site)
	}
	if f, _ := session.File("assets/style.css"); strings.Contains(string(f.Data), "color:red") {
		t.Error("the deleted override is still served")
	}
}

// TestSessionComparesWhatWasServed: a key point edit leaves the outline to
// be written when first asked for; a whole build after it (a theme change)
// is compared with what was served, so the outline, unchanged since, is
// not among the changed files (open pages would reload for nothing).
func TestSessionComparesWhatWasServed(t *testing.T) {
	site := sitetest.Extract(t, "testdata/sites/basic.txtar")
	session, _ := NewSession(Options{SiteDir: site})
	greeting := filepath.Join(site, "content/cs/01-basics/01-greeting.md")
	original, _ := os.ReadFile(greeting)
	write(t, greeting, strings.Replace(string(original), "- 语气热情", "- 语气亲切", 1))
	if _, changed := session.Update([]string{greeting}); !slices.Contains(changed, manifest.FileName) {
		t.Fatalf("a key point edit changed %v, not the manifest", changed)
	}
	if f, _ := session.File(manifest.OutlineDir + "/0.js"); !strings.Contains(string(f.Data), "语气亲切") {
		t.Fatal("the outline served lacks the edited key point")
	}
	style := filepath.Join(site, "themes/default/static/style.css")
	if err := os.MkdirAll(filepath.Dir(style), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, style, "body { color: red }\n")
	_, changed := session.Update([]string{style})
	if !slices.Contains(changed, "assets/style.css") || slices.Contains(changed, manifest.FileName) {
		t.Errorf("a stylesheet change changed %v: want assets/style.css, not %s", changed, manifest.FileName)
	}
	sameAsFullBuild(t, "stylesheet", session, site)
}

// TestSessionHintsRenamedSkill renames a skill point's file under serve: the
// quizzes that name it by its old id or its old file are pointed at its new
// id, from the last good build served (no build was written into a folder).
func TestSessionHintsRenamedSkill(t *testing.T) {
	site := sitetest.Extract(t, "testdata/sites/quiz.txtar")
	session, res := NewSession(Options{SiteDir: site})
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	from := filepath.Join(site, "content/service/01-basics/02-greeting.md")
	to := filepath.Join(site, "content/service/01-basics/02-welcome.md")
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
	res, _ = session.Update([]string{from, to})
	got := res.Diags.String()
	for _, want := range []string{
		`hint: did you mean "service/basics/welcome"? the skill point was at service/basics/greeting in the last build`,
		`hint: did you mean "service/basics/welcome"? the page was at content/service/01-basics/02-greeting.md in the last build`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q among:\n%s", want, got)
		}
	}
}

// TestSessionWarnsOfKeyPointsGone: a save that deletes a skill point's
// key-points section is warned of once, with how many it had; the next
// save of the page has nothing to compare with.
func TestSessionWarnsOfKeyPointsGone(t *testing.T) {
	session, greeting := savedWarns(t, "content/cs/01-basics/01-greeting.md",
		"---\ntitle: 如何问候客户\ntags: [礼仪, 沟通]\nid: greet\n---\n## 技能描述\n\n问候是服务的第一步。\n",
		`01-greeting.md:8:1: warning: the "牢记要点" section is gone: this skill point had 3 key points in the last build and has none now`)
	write(t, greeting, "---\ntitle: 如何问候客户\ntags: [礼仪, 沟通]\nid: greet\n---\n## 技能描述\n\n问候是服务的第一步，要热情。\n")
	if res, _ := session.Update([]string{greeting}); len(res.Diags) > 0 {
		t.Errorf("warned again:\n%s", res.Diags)
	}
}

// TestSessionWarnsOfSameTitle: a save that gives a skill point the title of
// another of its chapter is warned of, as a full build warns of it.
func TestSessionWarnsOfSameTitle(t *testing.T) {
	savedWarns(t, "content/cs/01-basics/02-listening.md",
		"---\ntitle: 如何问候客户\nweight: 5\n---\n## 技能描述\n\n认真倾听客户。\n\n## 牢记要点\n\n1. 不打断\n2. 复述要点\n",
		`02-listening.md:2:1: warning: two skill points of this chapter are titled "如何问候客户": content/cs/01-basics/01-greeting.md and this file`)
}

// savedWarns starts a session on the basic site, saves text into its file
// rel and checks that the update warns of want; it returns the session
// and the file's path.
func savedWarns(t *testing.T, rel, text, want string) (*Session, string) {
	t.Helper()
	site := sitetest.Extract(t, "testdata/sites/basic.txtar")
	session, _ := NewSession(Options{SiteDir: site})
	file := filepath.Join(site, filepath.FromSlash(rel))
	write(t, file, text)
	if res, _ := session.Update([]string{file}); !strings.Contains(res.Diags.String(), want) {
		t.Fatalf("diagnostics:\n%s\nwant %s", res.Diags, want)
	}
	return session, file
}
