package serve

import (
	"os"
	"path/filepath"
	"testing"

	"skillbook/internal/sitetest"
)

// TestServeNoticesDeletedThemeFiles deletes a theme override and renames
// another away: the built-in file and no file are served at once.
func TestServeNoticesDeletedThemeFiles(t *testing.T) {
	site := sitetest.Extract(t, "testdata/site.txtar")
	style := filepath.Join(site, "themes/default/static/style.css")
	extra := filepath.Join(site, "themes/default/static/extra.css")
	write(t, style, "body { color: red }\n")
	write(t, extra, "p { margin: 0 }\n")
	url := serveSite(t, site, &syncBuffer{})
	waitFor(t, url+"assets/extra.css", 200, "margin:0") // minified
	waitFor(t, url+"assets/style.css", 200, "color:red")

	if err := os.Remove(style); err != nil {
		t.Fatal(err)
	}
	waitFor(t, url+"assets/style.css", 200, "--")
	if body := getBody(t, url+"assets/style.css"); len(body) < 1000 {
		t.Errorf("style.css after deleting the override: %.200s", body)
	}
	if err := os.Rename(extra, filepath.Join(site, "themes/default/extra.css.off")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, url+"assets/extra.css", 404, "")
}
