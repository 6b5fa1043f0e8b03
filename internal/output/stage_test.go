package output

import (
	"os"
	"path/filepath"
	"testing"
)

// TestStagingLeavesTheOutputUntilCommit: files added to a staging folder
// let their data go and are not in the output folder until Commit; an
// aborted staging leaves the earlier output whole and no folder behind.
func TestStagingLeavesTheOutputUntilCommit(t *testing.T) {
	t.Setenv("SKILLBOOK_STATE", t.TempDir())
	out := filepath.Join(t.TempDir(), "public")
	if err := Write(out, []File{{Path: "a.html", Data: []byte("1")}}, false); err != nil {
		t.Fatal(err)
	}
	for _, commit := range []bool{false, true} {
		s, err := Stage(out, false)
		if err != nil {
			t.Fatal(err)
		}
		f := File{Path: "sub/b.html", Data: []byte("two")}
		if err := s.Add(&f); err != nil {
			t.Fatal(err)
		}
		if f.Data != nil || f.Len() != 3 {
			t.Errorf("after Add: Data %q, Len %d; want nil, 3", f.Data, f.Len())
		}
		if got := tree(t, out); len(got) != 2 || got["a.html"] != "1" {
			t.Fatalf("output while staging = %v, want the earlier one", got)
		}
		if !commit {
			s.Abort()
			continue
		}
		if err := s.Commit([]File{f}); err != nil {
			t.Fatal(err)
		}
	}
	got := tree(t, out)
	if len(got) != 2 || got["sub/b.html"] != "two" {
		t.Errorf("output after Commit = %v, want sub/b.html and the marker", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
		t.Errorf("beside the output: %v, want nothing", entries)
	}
}

// TestStagingRefusesPathsOutside: a file may not leave the output folder
// nor replace the marker.
func TestStagingRefusesPathsOutside(t *testing.T) {
	t.Setenv("SKILLBOOK_STATE", t.TempDir())
	s, err := Stage(filepath.Join(t.TempDir(), "public"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Abort()
	for _, p := range []string{"../x.html", "/x.html", "a/../../x.html", MarkerName} {
		if err := s.Add(&File{Path: p, Data: []byte("x")}); err == nil {
			t.Errorf("Add(%q) = nil, want a refusal", p)
		}
	}
}
