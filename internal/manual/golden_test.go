package manual

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"skillbook/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// importDump is everything an import gives, as text: each file (the
// Markdown whole, a picture by size and hash) and each note.
func importDump(m *Manual, l Layout) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\n", m.Title)
	for _, f := range m.Files(l) {
		if strings.HasSuffix(f.Path, ".md") {
			fmt.Fprintf(&b, "=== %s\n%s", f.Path, f.Data)
			continue
		}
		fmt.Fprintf(&b, "=== %s (%d bytes, sha256 %x)\n", f.Path, len(f.Data), sha256.Sum256(f.Data))
	}
	b.WriteString("=== notes\n")
	if len(m.Dropped) > 0 {
		fmt.Fprintf(&b, "dropped as page chrome: %s %v\n", m.Unit, m.Dropped)
	}
	for _, n := range m.Notes {
		kind := "unsure"
		if n.Lost {
			kind = "dropped"
		}
		fmt.Fprintf(&b, "%s %d: %s: %s\n", m.Unit, n.Line, kind, n.Message)
	}
	return b.String()
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("the import differs from %s (go test -run %s -update rewrites it):\n%s", path, t.Name(), sitetest.FirstDiff(string(want), got))
	}
}
