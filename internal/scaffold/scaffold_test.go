package scaffold

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestCreateWritesRandomID checks that every new site gets its own id in
// skillbook.yaml, before the title.
func TestCreateWritesRandomID(t *testing.T) {
	idLine := regexp.MustCompile(`(?m)^id: ([0-9a-f]{16})\ntitle: `)
	var ids []string
	for range 2 {
		dir := filepath.Join(t.TempDir(), "site")
		if err := Create(dir); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "skillbook.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		m := idLine.FindSubmatch(b)
		if m == nil {
			t.Fatalf("no random id line before the title in:\n%s", b)
		}
		ids = append(ids, string(m[1]))
	}
	if ids[0] == ids[1] {
		t.Errorf("two new sites share the id %s", ids[0])
	}
}
