package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// TestServePrintsNewWarnings: a theme script the minifier cannot read,
// added while serve runs, is warned about in the terminal with its line
// and column, as build and check do; a later save does not print the same
// warning again.
func TestServePrintsNewWarnings(t *testing.T) {
	site := sitetest.Extract(t, "testdata/site.txtar")
	log := &syncBuffer{}
	url := serveSite(t, site, log)
	broken := filepath.Join(site, "themes/default/static/broken.js")
	write(t, broken, "var a = 1;\nvar b = a +* 2;\n")
	waitFor(t, url+"assets/broken.js", 200, "+* 2")
	warning := "themes/default/static/broken.js:2:12: warning: cannot read this file to make it smaller: unexpected * in expression\n"
	waitForLog(t, log, warning)
	write(t, filepath.Join(site, "themes/default/static/extra.css"), "p { margin: 0 }\n")
	waitFor(t, url+"assets/extra.css", 200, "margin:0")
	waitForLog(t, log, "extra.css: ")
	if n := strings.Count(log.String(), warning); n != 1 {
		t.Errorf("the warning printed %d times:\n%s", n, log)
	}
}

func waitForLog(t *testing.T, log *syncBuffer, want string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if strings.Contains(log.String(), want) {
			return
		}
	}
	t.Fatalf("the terminal never said %q:\n%s", want, log)
}
