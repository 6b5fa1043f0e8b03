package e2e

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"skillbook/build"
	"skillbook/internal/sitetest"
)

// TestPageKinds checks the kinds of page the bundled course lacks (tags, a
// tag, 404) on the golden fixture site, and that pages fit a 360 px phone.
func TestPageKinds(t *testing.T) {
	site := sitetest.Extract(t, "../../build/testdata/sites/basic.txtar")
	out := filepath.Join(t.TempDir(), "public")
	if res := build.Build(build.Options{SiteDir: site, OutDir: out}); len(res.Diags) > 0 {
		t.Fatal(res.Diags)
	}
	axe := axeSource(t)
	ctx, consoleErrors := browser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	w := walker{t: t, ctx: ctx, base: srv.URL + "/", axe: axe}
	w.visit(srv.URL+"/tags/", "tags")
	w.follow(".tag-index a", "tags/沟通/", "tag")
	w.visit(srv.URL+"/404.html", "404")

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740)); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"", "cs/", "cs/basics/", "cs/basics/greeting/", "library/notes/"} {
		w.visit(srv.URL+"/"+page, map[string]string{"": "home", "cs/": "course", "cs/basics/": "chapter",
			"cs/basics/greeting/": "skill", "library/notes/": "article"}[page])
		if width := w.eval(`document.documentElement.scrollWidth`); width.(float64) > 360 {
			t.Errorf("/%s is %v px wide on a 360 px screen", page, width)
		}
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
