package content

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"skillbook/internal/markdown"
)

// unsafeHTML is what rendered Markdown must never hold: a script element,
// or a javascript: URL in a link or image.
var unsafeHTML = regexp.MustCompile(`(?i)<script|(href|src)="\s*javascript:`)

// FuzzPage loads a page as the build does — UTF-8 check, front matter,
// Markdown, key points, rendering — and checks that no input panics, that
// every diagnostic has a line in the file, and that the HTML holds no
// script. The seeds are the bundled course's pages and testdata/fuzz/FuzzPage.
//
//	go test ./internal/content -run '^$' -fuzz FuzzPage -fuzztime 60s
func FuzzPage(f *testing.F) {
	pages, _ := filepath.Glob("../../content/*/*/*.md")
	for _, p := range pages[:min(len(pages), 5)] {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	conv := markdown.New("技能描述", "牢记要点")
	f.Fuzz(func(t *testing.T, src []byte) {
		p, diags := readPage("content/c/ch/01-a.md", src)
		lines := strings.Count(string(src), "\n") + 2
		for _, d := range diags {
			if d.Line < 0 || d.Line > lines {
				t.Errorf("diagnostic at line %d of %d: %s", d.Line, lines, d.Message)
			}
		}
		if p == nil {
			return
		}
		if p.BodyStart < 0 || p.BodyStart > len(p.Source) {
			t.Fatalf("body starts at %d of %d bytes", p.BodyStart, len(p.Source))
		}
		doc, issues := conv.Parse(p.Body())
		for _, is := range issues {
			if is.Offset < 0 || is.Offset > len(p.Body()) {
				t.Errorf("issue at offset %d of %d: %s", is.Offset, len(p.Body()), is.Message)
			}
		}
		html, err := conv.HTML(doc)
		if err != nil {
			t.Fatal(err)
		}
		if m := unsafeHTML.FindString(html); m != "" {
			t.Errorf("rendered HTML holds %q:\n%s", m, html)
		}
	})
}
