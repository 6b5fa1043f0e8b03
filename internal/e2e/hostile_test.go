package e2e

import (
	"context"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/goccy/go-yaml"

	"skillbook/internal/gift"
	"skillbook/internal/hostile"
	"skillbook/internal/sitetest"
)

// TestHostileContent builds a site with cross-site scripting payloads in
// every title, summary, key point, tag, file name, quiz text and an
// imported GIFT bank; opens every page from disk and over http, answers
// every quiz, right and wrong, and searches for every payload, typed and
// in ?q= (SKILLBOOK_LONG=1 does all of it from disk and over http; by
// default a fifth of them are typed and each is searched through ?q= once,
// from disk or over http). No dialog may open, no payload may set its global, and no
// console error (a Content-Security-Policy violation among them) may show.
func TestHostileContent(t *testing.T) {
	site := t.TempDir()
	if err := hostile.WriteSite(site); err != nil {
		t.Fatal(err)
	}
	importHostileGIFT(t, site)
	out := buildSite(t, site)
	pages := builtPages(t, out)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	for _, base := range []string{"file://" + out + "/", srv.URL + "/"} {
		t.Run(strings.SplitN(base, ":", 2)[0], func(t *testing.T) {
			ctx, consoleErrors := browser(t) // a browser each: each has minutes to walk the site
			walkHostileSite(t, walker{t: t, ctx: ctx, base: base}, pages)
			if errs := consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}

// walkHostileSite opens every page, answers every quiz and searches every
// payload, checking after each step that no script ran. The walker runs no
// accessibility check: payloads that are raw HTML leave empty labels.
func walkHostileSite(t *testing.T, w walker, pages []builtPage) {
	side := 0
	if strings.HasPrefix(w.base, "http") {
		side = 1
	}
	{
		dialogs := watchDialogs(t, w.ctx)
		ran := func(what string) {
			t.Helper()
			if n := dialogs(); n > 0 {
				t.Errorf("%s: %d dialog(s) opened", what, n)
			}
			if w.eval(`window.`+hostile.Marker+` !== undefined`) == true {
				t.Errorf("%s: a payload's script ran", what)
			}
		}
		for _, p := range pages {
			if p.kind == "404" && strings.HasPrefix(w.base, "file:") {
				continue // its links are absolute, for a host that serves it at any path
			}
			w.visit(w.base+p.url, p.kind)
			ran(p.url)
			if p.kind == "quiz" || p.kind == "chapter" && w.eval(`!!document.querySelector("form.quiz")`) == true {
				answerEveryQuestion(t, w)
				ran("answering the quiz of " + p.url)
			}
		}
		for _, p := range pages {
			if p.kind == "skill" {
				w.visit(w.base+p.url, p.kind)
				break
			}
		}
		w.eval(`location.href = document.querySelector("a.drill-link").href`)
		waitJS(t, w, `!!document.querySelector("#drill form.quiz")`)
		answerEveryQuestion(t, w)
		ran("the drill")
		for i, payload := range hostile.Payloads {
			if i%5 == 0 || os.Getenv("SKILLBOOK_LONG") != "" { // typing is slow: a fifth of them in CI
				searchTyped(t, w, payload)
				ran("typing " + payload)
			}
			if i%2 == side || os.Getenv("SKILLBOOK_LONG") != "" { // in CI each payload once, from disk or over http
				w.visit(w.searchPage("q="+url.QueryEscape(payload)), "search")
				waitJS(t, w, `document.getElementById("search-status").textContent !== ""`)
				ran("searching " + payload)
			}
		}
	}
}

// importHostileGIFT imports the hostile GIFT bank as `skillbook import
// --gift` does, into quizzes/gift.yaml for the course.
func importHostileGIFT(t *testing.T, site string) {
	q, problems := gift.Parse(hostile.GIFT())
	if len(problems) > 0 {
		t.Fatalf("GIFT problems: %v", problems)
	}
	q.For, q.Title = "cs", "GIFT"
	data, err := yaml.MarshalWithOptions(q, yaml.UseLiteralStyleIfMultiline(true))
	if err == nil {
		err = os.WriteFile(filepath.Join(site, "quizzes", "gift.yaml"), data, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}

type builtPage struct{ url, kind string }

var kindClass = regexp.MustCompile(`<body class="kind-([a-z0-9]+)`)

// builtPages lists a page of each kind of the output, and every fourth
// skill point (every one with SKILLBOOK_LONG=1), whose bodies hold
// payloads the other pages do not show.
func builtPages(t *testing.T, out string) []builtPage {
	var pages []builtPage
	seen := map[string]bool{}
	skills := 0
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		src, err := os.ReadFile(p)
		m := kindClass.FindSubmatch(src)
		if err != nil || m == nil {
			t.Fatalf("%s: no kind (%v)", p, err)
		}
		rel, _ := filepath.Rel(out, p)
		u := strings.TrimSuffix(filepath.ToSlash(rel), "index.html")
		kind := string(m[1])
		if !seen[kind] || kind == "skill" && (skills%4 == 0 || os.Getenv("SKILLBOOK_LONG") != "") {
			pages = append(pages, builtPage{(&url.URL{Path: u}).EscapedPath(), kind})
		}
		seen[kind] = true
		if kind == "skill" {
			skills++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) < 15 {
		t.Fatalf("only %d kinds of page: %v", len(seen), seen)
	}
	return withDrill(pages)
}

// withDrill opens the drill page with the first skill point's drill: the
// page without one goes on to the practice page.
func withDrill(pages []builtPage) []builtPage {
	for _, s := range pages {
		if s.kind != "skill" {
			continue
		}
		for i, p := range pages {
			if p.kind == "drill" {
				skill, _ := url.PathUnescape(s.url)
				pages[i].url += "?s=" + url.QueryEscape(skill)
			}
		}
		break
	}
	return pages
}

// watchDialogs dismisses every dialog the tab opens and returns a function
// that says how many opened since its last call.
func watchDialogs(t *testing.T, ctx context.Context) func() int {
	var mu sync.Mutex
	opened := 0
	listen, cancel := context.WithCancel(ctx)
	t.Cleanup(cancel)
	events := chromedp.Events(listen, page.JavascriptDialogOpening)
	go func() {
		for _, err := range events {
			if err != nil {
				return
			}
			mu.Lock()
			opened++
			mu.Unlock()
			go chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
				return err
			}))
		}
	}()
	return func() int {
		time.Sleep(50 * time.Millisecond)
		mu.Lock()
		defer mu.Unlock()
		n := opened
		opened = 0
		return n
	}
}

// answerEveryQuestion answers every question of the page's quizzes (the
// first option, every checkbox, a payload in each blank, each step moved,
// each match chosen), checks, then retries and checks with no answers, so
// that every right and wrong feedback and explanation is shown.
func answerEveryQuestion(t *testing.T, w walker) {
	t.Helper()
	w.eval(`(() => {
		document.querySelectorAll("form.quiz").forEach(form => {
			const seen = new Set();
			form.querySelectorAll("input[type=radio]").forEach(r => { if (!seen.has(r.name)) { seen.add(r.name); r.click(); } });
			form.querySelectorAll("input[type=checkbox]").forEach(c => c.click());
			form.querySelectorAll("input[type=text], input:not([type])").forEach(b => { b.value = ` + jsString(hostile.Payloads[1]) + `; b.dispatchEvent(new Event("input", {bubbles: true})); });
			form.querySelectorAll("select").forEach(s => { s.selectedIndex = s.options.length - 1; s.dispatchEvent(new Event("change", {bubbles: true})); });
			form.querySelectorAll("button[data-move]").forEach(b => b.click());
			form.querySelector(".quiz-check").click();
		});
		return true;
	})()`)
	waitJS(t, w, `[...document.querySelectorAll("form.quiz .quiz-score")].every(s => s.textContent !== "")`)
	w.eval(`(() => {
		document.querySelectorAll("form.quiz").forEach(form => { form.querySelector(".quiz-retry").click(); form.querySelector(".quiz-check").click(); });
		return true;
	})()`)
	waitJS(t, w, `[...document.querySelectorAll("form.quiz .quiz-score")].every(s => s.textContent !== "")`)
}

// searchTyped types a query into the search box and waits for the box to
// search it.
func searchTyped(t *testing.T, w walker, query string) {
	t.Helper()
	w.eval(`(() => { const q = document.getElementById("site-search-q"); q.value = ""; q.focus(); return true; })()`)
	if err := chromedp.Do(w.ctx, chromedp.SendKeys(chromedp.ID("site-search-q"), query)); err != nil {
		t.Fatalf("typing %q: %v", query, err)
	}
	time.Sleep(500 * time.Millisecond) // longer than the box waits before it searches
}

// TestCSPHoldsFromDiskAndHTTP checks that the default theme's
// Content-Security-Policy is in force both from disk and over http: a
// script inserted into the page, an inline event handler and an image from
// another origin are refused, and the page says so.
func TestCSPHoldsFromDiskAndHTTP(t *testing.T) {
	out := buildSite(t, sitetest.Extract(t, "../../build/testdata/sites/basic.txtar"))
	ctx, consoleErrors := browser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	for _, base := range []string{"file://" + out + "/index.html", srv.URL + "/"} {
		w := walker{t: t, ctx: ctx, base: base}
		w.visit(base, "home")
		got := w.eval(`new Promise(done => {
			const refused = [];
			document.addEventListener("securitypolicyviolation", e => refused.push(e.effectiveDirective));
			const s = document.createElement("script");
			s.textContent = "window.__csp = 1";
			document.head.appendChild(s);
			const b = document.createElement("b");
			b.setAttribute("onclick", "window.__csp = 2");
			document.body.appendChild(b);
			b.click();
			const img = document.createElement("img");
			img.src = "http://other.invalid/x.png";
			document.body.appendChild(img);
			setTimeout(() => done((window.__csp === undefined) + " " + refused.sort().join(" ")), 300);
		})`)
		if want := "true img-src script-src-attr script-src-elem"; got != want {
			t.Errorf("%s: %v, want %s", base, got, want)
		}
		consoleErrors() // the refusals are logged
	}
}
