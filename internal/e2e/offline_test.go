package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// remoteLoad matches what makes a page load something from another host: a
// script, stylesheet, image or frame with an absolute URL, or a CSS url().
var remoteLoad = regexp.MustCompile(`<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)="(?:https?:)?//|url\(\s*['"]?(?:https?:)?//|@import\s+['"]?(?:https?:)?//`)

// TestNoRequestsToOtherHosts checks every page, stylesheet and script of the
// built bundled course: a training site must work on a closed network.
func TestNoRequestsToOtherHosts(t *testing.T) {
	for _, bad := range []string{`<script src="https://cdn.example/a.js">`, `<link rel="stylesheet" href="//fonts.example/c.css">`, `src: url("https://fonts.example/f.woff2")`} {
		if !remoteLoad.MatchString(bad) {
			t.Fatalf("the check misses %s", bad)
		}
	}
	out := buildSite(t, repoRoot)
	checked := 0
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") && !strings.HasSuffix(p, ".css") && !strings.HasSuffix(p, ".js") {
			return err
		}
		b, err := os.ReadFile(p)
		if m := remoteLoad.Find(b); m != nil {
			t.Errorf("%s loads from another host: %s", p, m)
		}
		checked++
		return err
	})
	if err != nil || checked < 30 {
		t.Fatalf("checked %d files: %v", checked, err)
	}
}
