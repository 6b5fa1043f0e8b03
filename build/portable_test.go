package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"skillbook/internal/hostile"
	"skillbook/internal/portable"
	"skillbook/internal/sitetest"
)

// TestHostileNamesMakePortablePaths builds a site of hostile file names,
// titles, tags and ids and checks that every output path can be stored on
// Windows, macOS, Linux, FAT32 and exFAT, that no two differ only in case,
// that Chinese names stay, and that a second build makes the same paths.
func TestHostileNamesMakePortablePaths(t *testing.T) {
	site := t.TempDir()
	if err := hostile.WriteSite(site); err != nil {
		t.Fatal(err)
	}
	first := buildPaths(t, site)
	folded := map[string]string{}
	for _, p := range first {
		if err := portable.Check(p); err != nil {
			t.Error(err)
		}
		if other, ok := folded[portable.Fold(p)]; ok {
			t.Errorf("%s and %s are one file on Windows and macOS", p, other)
		}
		folded[portable.Fold(p)] = p
	}
	for _, want := range []string{
		"tags/客户服务/index.html",
		"tags/go/index.html",
		"tags/-img src=x onerror=alert(12)--b009309f/index.html",
		"cs/-img src=x onerror=alert(12)--b009309f/客户服务/index.html",
		"cs/-img src=x onerror=alert(12)--b009309f/files/客户服务.bin",
		"library/CON_-a3dbc4b6/index.html",
		"tags/GO-a0f94949/index.html",
		"quizzes/a-b-6783a31e/index.html",
	} {
		if !slices.Contains(first, want) {
			t.Errorf("no %s in the output", want)
		}
	}
	if testing.Verbose() {
		t.Log(strings.Join(first, "\n"))
	}
	if again := buildPaths(t, site); !slices.Equal(first, again) {
		t.Errorf("a second build made other paths")
	}
}

// buildPaths builds the site and returns every output path, sorted.
func buildPaths(t *testing.T, site string) []string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	if res := Build(Options{SiteDir: site, OutDir: out}); len(res.Diags) > 0 {
		t.Fatalf("diagnostics:\n%s", res.Diags)
	}
	var paths []string
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			paths = append(paths, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(paths)
	return paths
}

// TestCaseTwinsAreReported checks that pages and files whose names differ
// only in case, which Windows and macOS store as one, are reported.
func TestCaseTwinsAreReported(t *testing.T) {
	got := buildWith(t, map[string]string{
		"content/cs/01-basics/07-Welcome.md": "---\ntitle: 大写\n---\n",
		"content/cs/01-basics/08-welcome.md": "---\ntitle: 小写\n---\n",
		"content/cs/01-basics/img/Photo.png": "a",
		"content/cs/01-basics/img/photo.png": "b",
	})
	for _, want := range []string{
		"content/cs/01-basics/08-welcome.md:1:1: error: duplicate slug: content/cs/01-basics/07-Welcome.md and this file would both be written to cs/basics/welcome/",
		"hint: rename one of the files: Windows and macOS do not tell names apart by case",
		"content/cs/01-basics/img/photo.png: error: this file and content/cs/01-basics/img/Photo.png would be one file on Windows and macOS: cs/basics/img/photo.png",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("diagnostics lack %q:\n%s", want, got)
		}
	}
}

// TestLongPathIsReported checks that an output path longer than Windows
// allows, from folders nested in content/, is reported.
func TestLongPathIsReported(t *testing.T) {
	got := buildWith(t, map[string]string{"content/cs/" + strings.Repeat("深层目录/", 50) + "x.pdf": "c"})
	want := "content/cs/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/深层目录/x.pdf: error: output path cannot be stored on every system: path of 258 characters, over 240: cs/深层目录/"
	if !strings.Contains(got, want) {
		t.Errorf("diagnostics lack %q:\n%s", want, got)
	}
}

// buildWith builds the basic site with more files and returns its diagnostics.
func buildWith(t *testing.T, files map[string]string) string {
	t.Helper()
	site := sitetest.Extract(t, "testdata/sites/basic.txtar")
	for rel, text := range files {
		p := filepath.Join(site, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Build(Options{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public")}).Diags.String()
}

// TestLinksAsTypedOnWindows checks links as a trainer on Windows writes
// them: backslashes between folders and names whose case differs from the
// file's resolve to the file's own URL, which works on every host; a link
// to a drive letter is reported.
func TestLinksAsTypedOnWindows(t *testing.T) {
	site := sitetest.Extract(t, "testdata/sites/basic.txtar")
	page := filepath.Join(site, "content/cs/01-basics/04-windows.md")
	text := "---\ntitle: 视窗\n---\n[a](..\\02-advanced\\01-Complaints.md) [b](Images\\FLOW.svg) [c](02-Listening.md#牢记要点)\n"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	if res := Build(Options{SiteDir: site, OutDir: out}); len(res.Diags) > 0 {
		t.Fatalf("diagnostics:\n%s", res.Diags)
	}
	html, err := os.ReadFile(filepath.Join(out, "cs/basics/windows/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`href="../../advanced/complaints/"`, `href="../images/flow.svg"`, `href="../listening/#%E7%89%A2%E8%AE%B0%E8%A6%81%E7%82%B9"`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	text += "[d](C:\\Users\\王\\培训.docx) [e](file:///D:/x.pdf)\n"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	got := Build(Options{SiteDir: site}).Diags.String()
	for _, want := range []string{
		"content/cs/01-basics/04-windows.md:5:1: error: link to a file on this computer, which the site's readers do not have: C:\\Users\\王\\培训.docx",
		"content/cs/01-basics/04-windows.md:5:25: error: link to a file on this computer, which the site's readers do not have: file:///D:/x.pdf",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("diagnostics lack %q:\n%s", want, got)
		}
	}
}
