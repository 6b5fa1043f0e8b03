package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"skillbook/internal/corpus"
	"skillbook/internal/search"
)

// TestSessionWritesWholeExportWhenAsked makes edits that make the search
// export due whole (on a small site every page's start is in the packs'
// dictionary, so a summary edit changes it): the edit writes none of it,
// and the export is written when first asked for, after two such edits,
// the same as a full build's.
func TestSessionWritesWholeExportWhenAsked(t *testing.T) {
	site, session := smallSession(t)
	page := filepath.Join(site, "content/course-001/chapter-02/skill-01.md")
	src, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		text, err := corpus.Edits["summary"](string(src), fmt.Sprintf("改%d", i), 1)
		if err != nil {
			t.Fatal(err)
		}
		write(t, page, text)
		res, _ := session.Update([]string{page})
		if len(res.Diags) > 0 {
			t.Fatalf("edit %d: %s", i, res.Diags)
		}
		for _, f := range res.Files {
			if strings.HasPrefix(f.Path, search.ExportDir) {
				t.Errorf("edit %d wrote %s", i, f.Path)
			}
		}
		if !session.export.stale {
			t.Fatalf("edit %d did not make the export due whole", i)
		}
	}
	sameAsFullBuild(t, "asked after two edits", session, site)
}
