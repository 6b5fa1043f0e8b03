package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestWithoutJavaScript opens a skill point of the bundled course with
// JavaScript off, from disk and over http: its text and key points are
// there, and, over http, its links lead to the next skill point and up to
// its chapter. (From disk, links to a page's folder open the browser's
// listing of the folder: it is the page script that adds index.html.)
func TestWithoutJavaScript(t *testing.T) {
	out := buildSite(t, repoRoot)
	m := readManifest(t, out)
	chapter := m.Courses[0].Chapters[0]
	skill, next := chapter.Skills[0], chapter.Skills[1]
	ctx, _ := browser(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	for _, base := range []string{"file://" + out + "/", srv.URL + "/"} {
		t.Run(strings.SplitN(base, ":", 2)[0], func(t *testing.T) {
			w := walker{t: t, ctx: ctx, base: base}
			w.visit(base+skill.URL, "skill")
			if w.eval(`typeof Skillbook`) != "undefined" {
				t.Fatal("scripts ran")
			}
			text := w.eval(`document.querySelector("main").innerText`).(string)
			for _, want := range append([]string{skill.Title}, skill.KeyPoints...) {
				if !strings.Contains(text, want) {
					t.Errorf("without JavaScript the page lacks %q", want)
				}
			}
			if strings.HasPrefix(base, "file:") {
				return
			}
			w.click(`.pager a[rel=next], .pager .next a, a.next`, "skill", next.Title)
			w.click(`.breadcrumbs a[href="../"]`, "chapter", chapter.Title)
		})
	}
}

// click clicks the first link that sel selects, as a trainee would, and
// checks that it opened a page of the kind whose main text has want.
func (w walker) click(sel, kind, want string) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, 20*time.Second)
	defer cancel()
	before, _ := chromedp.Run(w.ctx, chromedp.Location())
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		w.t.Fatalf("clicking %s: %v", sel, err)
	}
	ok := false
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && !ok; time.Sleep(100 * time.Millisecond) {
		v, err := chromedp.Run(w.ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && document.body && document.body.classList.contains("kind-`+kind+`") && document.querySelector("main").innerText.includes(`+jsString(want)+`)`))
		ok = err == nil && v
	}
	if !ok {
		loc, _ := chromedp.Run(w.ctx, chromedp.Location())
		title, _ := chromedp.Run(w.ctx, chromedp.Title())
		w.t.Errorf("from %s, the link %s opened %s (%q), not the %s page %q", before, sel, loc, title, kind, want)
	}
}
