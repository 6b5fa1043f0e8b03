package content

import (
	"testing"
)

// TestVanishedFile reads a file that was listed and is gone when read, as
// happens when an editor replaces it mid-build: one diagnostic, with a hint.
func TestVanishedFile(t *testing.T) {
	l := &loader{dir: t.TempDir(), site: &Site{}}
	if p := l.readFile("content/cs/ch/01-gone.md", KindSkill, "cs/ch/gone/"); p != nil {
		t.Fatal("a page from a file that is not there")
	}
	want := "content/cs/ch/01-gone.md: error: the file went away while the site was read\n  hint: if it was moved or deleted on purpose, build again"
	if got := l.diags.String(); got != want+"\n" && got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
