package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestChapterAllPractice follows a chapter page's 本章全部练习 button, from
// disk and under a sub-path, to its chapter's section of the course's
// practice page.
func TestChapterAllPractice(t *testing.T) {
	out := buildSite(t, repoRoot)
	ch := readManifest(t, out).Courses[0].Chapters[1]
	page, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(ch.URL), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if link := `class="button chapter-all-practice" href="../../practice/customer-service/#pr-` + lastPart(ch.URL) + `"`; !strings.Contains(string(page), link) {
		t.Errorf("the chapter page lacks the relative link %s", link)
	}
	srv := httptest.NewServer(http.StripPrefix("/sub/", http.FileServer(http.Dir(out))))
	defer srv.Close()
	ctx, consoleErrors := browser(t)
	for _, base := range []string{"file://" + out + "/", srv.URL + "/sub/"} {
		w := walker{t: t, ctx: ctx, base: base}
		w.visit(base+ch.URL, "chapter")
		w.expect(`document.querySelector(".chapter-practice a.chapter-all-practice").textContent`, "本章全部练习")
		clickCtx, cancel := context.WithTimeout(ctx, 20*time.Second)
		if err := chromedp.Do(clickCtx, chromedp.Click(chromedp.CSS("a.chapter-all-practice")), chromedp.WaitVisible(chromedp.CSS("body.kind-practice"))); err != nil {
			t.Fatalf("following 本章全部练习 from %s: %v", base, err)
		}
		cancel()
		want := base + "practice/customer-service/"
		if strings.HasPrefix(base, "file:") {
			want += "index.html"
		}
		w.expect(`location.href.split("#")[0]`, want)
		w.expect(`location.hash`, "#pr-"+lastPart(ch.URL))
		w.expect(`document.querySelector(location.hash + " a").textContent`, ch.Title)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// lastPart is the last folder of a URL path ending in a slash.
func lastPart(url string) string {
	url = url[:len(url)-1]
	for i := len(url) - 1; i >= 0; i-- {
		if url[i] == '/' {
			return url[i+1:]
		}
	}
	return url
}
