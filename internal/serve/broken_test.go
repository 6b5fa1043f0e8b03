package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"skillbook/internal/sitetest"
)

// TestServeStartsOnBrokenSite starts on a site that does not build: every
// URL answers the error page, the terminal and the overlay say there is no
// site yet, and the first good build is served.
func TestServeStartsOnBrokenSite(t *testing.T) {
	site := sitetest.Extract(t, "testdata/site.txtar")
	page := filepath.Join(site, "content/cs/ch/01-skill.md")
	good, _ := os.ReadFile(page)
	write(t, page, "---\ntitle: 技能\ntitel: <拼错>\n---\n坏了。\n")
	log := &syncBuffer{}
	url := serveSite(t, site, log)
	if !log.await("1 error(s): every page shows them until they are fixed") {
		t.Errorf("terminal does not say every page shows the errors:\n%s", log)
	}
	for _, path := range []string{"", "cs/ch/skill/", "assets/style.css", "no/such/page"} {
		code, body := get(t, url+path)
		if code != 500 || !strings.Contains(body, noSiteTitle) ||
			!strings.Contains(body, `01-skill.md:3:1: error: unknown key &#34;titel&#34; in front matter`) || !strings.Contains(body, liveTag) {
			t.Errorf("/%s: %d\n%.600s", path, code, body)
		}
	}
	events := subscribe(t, url)
	if ev := events.next(t); ev.name != "errors" || !strings.Contains(ev.data, `"built":false`) {
		t.Errorf("first event %s %s, want errors with built false", ev.name, ev.data)
	}

	write(t, filepath.Join(site, "content/cs/ch/02-other.md"), skill("另一个", "也好。"))
	if !log.await("no good build yet: every page shows the errors") {
		t.Errorf("terminal does not say there is still no site:\n%s", log)
	}
	write(t, page, string(good))
	if ev := events.next(t); ev.name != "errors" {
		t.Errorf("event %s after the second save, want errors", ev.name)
	}
	if ev := events.next(t); ev.name != "change" || !strings.Contains(ev.data, "index.html") {
		t.Errorf("event %s %.200s, want change with the pages", ev.name, ev.data)
	}
	waitFor(t, url, 200, "")
	waitFor(t, url+"cs/ch/skill/", 200, "第一版")
}
