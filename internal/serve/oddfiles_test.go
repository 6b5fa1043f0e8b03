package serve

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeKeepsServingOddFiles adds odd files to a served site one by one
// — a symbolic link loop, a link out of the site, a file of NUL bytes and
// broken UTF-8, a 10,000-item list — and checks that the server reports
// what it must and keeps serving the last good site.
func TestServeKeepsServingOddFiles(t *testing.T) {
	site, url, log := start(t)
	page := url + "cs/ch/skill/"
	waitFor(t, page, http.StatusOK, "第一版")
	outside := filepath.Join(t.TempDir(), "secret.md")
	write(t, outside, "---\ntitle: 站外\n---\n")
	for _, c := range []struct {
		name, want string
		odd        func(p string) error
	}{
		{"loop", "symbolic link to a folder", func(p string) error { return os.Symlink("..", p) }},
		{"02-out.md", "symbolic link to a file outside the site", func(p string) error { return os.Symlink(outside, p) }},
		{"03-bad.md", "file is not valid UTF-8", func(p string) error {
			return os.WriteFile(p, []byte("---\ntitle: x\n---\n\x00\x00\xff\xfe"), 0o644)
		}},
	} {
		p := filepath.Join(site, "content/cs/ch", c.name)
		if err := c.odd(p); err != nil {
			t.Fatal(err)
		}
		if !log.await(c.want) {
			t.Fatalf("%s: the log does not say %q:\n%s", c.name, c.want, log)
		}
		waitFor(t, page, http.StatusOK, "第一版")
		os.Remove(p)
	}
	write(t, filepath.Join(site, "content/cs/ch/04-long.md"), "---\ntitle: 长列表\n---\n"+strings.Repeat("- 一项\n", 10000))
	waitFor(t, url+"cs/ch/long/", http.StatusOK, "一项")
	waitFor(t, page, http.StatusOK, "第一版")
}
