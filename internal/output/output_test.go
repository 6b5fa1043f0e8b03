package output

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// tree lists every file under root with its content.
func tree(t *testing.T, root string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		got[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestWriteKeepsUsersFilesAndDropsOldOnes(t *testing.T) {
	t.Setenv("SKILLBOOK_STATE", t.TempDir())
	out := filepath.Join(t.TempDir(), "public")
	if err := Write(out, []File{{Path: "a.html", Data: []byte("1")}, {Path: "old/b.html", Data: []byte("2")}}, false); err != nil {
		t.Fatal(err)
	}
	writeTree(t, out, map[string]string{"CNAME": "example.org", "old/mine.txt": "keep"})
	if err := Write(out, []File{{Path: "a.html", Data: []byte("3")}}, false); err != nil {
		t.Fatal(err)
	}
	got := tree(t, out)
	delete(got, MarkerName)
	want := map[string]string{"a.html": "3", "CNAME": "example.org", "old/mine.txt": "keep"}
	if len(got) != len(want) {
		t.Fatalf("output = %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	made, ok := ReadMarker(out)
	if !ok || !made["a.html"] || len(made) != 1 {
		t.Errorf("marker lists %v, want only a.html", made)
	}
}

func TestLeftoversBesideTheOutputAreRemoved(t *testing.T) {
	t.Setenv("SKILLBOOK_STATE", t.TempDir())
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	if err := Write(out, []File{{Path: "index.html", Data: []byte("x")}}, false); err != nil {
		t.Fatal(err)
	}
	writeTree(t, dir, map[string]string{
		".public.new-123.old/index.html":   "old",
		".public.new-456/index.html":       "new",
		".public.skillbook-abc/index.html": "tmp",
		"mine.txt":                         "keep",
	})
	if err := Write(out, []File{{Path: "index.html", Data: []byte("x")}}, false); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"mine.txt", "public"}) {
		t.Errorf("beside the output: %v, want [mine.txt public]", names)
	}
}

func TestLeftoversOfAKilledWriteElsewhereAreRemoved(t *testing.T) {
	t.Setenv("SKILLBOOK_STATE", t.TempDir())
	elsewhere := filepath.Join(t.TempDir(), ".site.skillbook-dead")
	running := filepath.Join(t.TempDir(), ".site.skillbook-live")
	writeTree(t, elsewhere, map[string]string{"index.html": "half"})
	writeTree(t, running, map[string]string{"index.html": "busy"})
	dead := openRecord(elsewhere)
	dead.file.Close() // the process that held it was killed
	live := openRecord(running)
	defer live.close()

	removed := RemoveLeftovers(filepath.Join(t.TempDir(), "public"))
	if !slices.Equal(removed, []string{elsewhere}) {
		t.Errorf("removed %v, want [%s]", removed, elsewhere)
	}
	if exists(elsewhere) || !exists(running) {
		t.Errorf("dead folder still there: %v; running folder gone: %v", exists(elsewhere), !exists(running))
	}
	if records, _ := filepath.Glob(filepath.Join(journalDir(), "*.rec")); len(records) != 1 || records[0] != live.file.Name() {
		t.Errorf("journal holds %v, want only the running write's record", records)
	}
}

func TestAnOutputMovedAsideIsPutBack(t *testing.T) {
	t.Setenv("SKILLBOOK_STATE", t.TempDir())
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{".public.skillbook-abc.old/index.html": "whole"})
	RemoveLeftovers(filepath.Join(dir, "public"))
	if got := tree(t, filepath.Join(dir, "public")); got["index.html"] != "whole" {
		t.Errorf("public = %v, want the old output back", got)
	}
}

func TestResolveFollowsLinksBeforeDotDot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a/b/f": "", "c/f": ""})
	if err := os.Symlink(filepath.Join(dir, "a", "b"), filepath.Join(dir, "link")); err != nil {
		t.Skip(err)
	}
	got, err := resolve(filepath.Join(dir, "link") + "/../new/x")
	if err != nil {
		t.Fatal(err)
	}
	real, _ := filepath.EvalSymlinks(dir)
	if want := filepath.Join(real, "a", "new", "x"); got != want {
		t.Errorf("resolve = %s, want %s", got, want)
	}
}
