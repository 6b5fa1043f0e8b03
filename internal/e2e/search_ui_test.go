package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"skillbook/internal/corpus"
)

// TestSearchInterface uses the search box and the results page of the
// bundled course as a trainee would, from file:// and over http.
func TestSearchInterface(t *testing.T) {
	out := buildSite(t, repoRoot)
	axe := axeSource(t)
	ctx, consoleErrors := browser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	for _, base := range []string{"file://" + out + "/", srv.URL + "/"} {
		t.Run(strings.SplitN(base, ":", 2)[0], func(t *testing.T) {
			useSearch(t, walker{t: t, ctx: ctx, base: base, axe: axe})
			if errs := consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}

// searchPage is the URL of the results page for a query string.
func (w walker) searchPage(query string) string {
	if strings.HasPrefix(w.base, "file:") {
		return w.base + "search/index.html?" + query
	}
	return w.base + "search/?" + query
}

func useSearch(t *testing.T, w walker) {
	ctx, base := w.ctx, w.base
	w.visit(base, "home")

	// "/" focuses the box; typing shows results; arrow down and Enter open one.
	w.eval(`document.body.dispatchEvent(new KeyboardEvent("keydown", {key: "/", bubbles: true}))`)
	if w.eval(`document.activeElement.id`) != "site-search-q" {
		t.Error(`"/" does not focus the search box`)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("site-search-q"), "培训系统")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, w, `document.activeElement.id === "site-search-q" && !document.getElementById("site-search-list").hidden`)
	first := w.eval(`document.querySelector("#site-search-list a").href`).(string)
	// Each result says what it is (the kind the search data has).
	if got := w.eval(fmt.Sprintf(resultKinds, "#site-search-list li:not(.search-all)")).(string); !regexp.MustCompile(`^(课程|章节|技能点|文章)( |$)`).MatchString(got) {
		t.Errorf("the search box's results say what they are: %q", got)
	}
	if n := w.eval(`document.querySelectorAll("#site-search-list .result-course").length`); n != 0.0 { // one course: nothing to tell apart
		t.Errorf("a site of one course names the course of %v results", n)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, w, `document.body.classList.contains("kind-skill")`)
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); loc != first || strings.HasPrefix(base, "file:") != strings.Contains(first, "/index.html") {
		t.Errorf("Enter opened %s, want %s (with index.html from disk only)", loc, first)
	}

	// While an input method composes, nothing is searched.
	w.eval(`(() => {
		const q = document.getElementById("site-search-q");
		q.focus();
		q.dispatchEvent(new CompositionEvent("compositionstart"));
		q.value = "kehu";
		q.dispatchEvent(new InputEvent("input", {isComposing: true}));
	})()`)
	time.Sleep(400 * time.Millisecond) // longer than the box waits before it searches
	if w.eval(`document.getElementById("site-search-list").hidden`) != true {
		t.Error("searched during composition")
	}
	w.eval(`(() => {
		const q = document.getElementById("site-search-q");
		q.value = "客户";
		q.dispatchEvent(new CompositionEvent("compositionend", {data: "客户"}));
	})()`)
	waitJS(t, w, `!document.getElementById("site-search-list").hidden`)
	// The list ends with the results page; with nothing found it says so
	// and leads there (to the nearest pages) rather than staying shut.
	if got := w.eval(`(o => o.textContent + " " + o.querySelector("a").href)(document.querySelector("#site-search-list li:last-child"))`).(string); !strings.HasPrefix(got, "查看全部结果 "+w.searchPage("q="+url.QueryEscape("客户"))) {
		t.Errorf("the list's last option: %q", got)
	}
	// The arrow keys choose an option the list scrolls to (a list taller
	// than the screen at 150 % zoom hid the chosen one), itself a link, no
	// control inside an option; Escape shuts the list and keeps the query.
	w.checkA11y("home, the search box's list open")
	w.eval(`document.getElementById("site-search-list").style.maxHeight = "120px"; true`)
	for range 9 {
		w.eval(`document.getElementById("site-search-q").dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowDown"}))`)
	}
	chosen := `document.getElementById(document.getElementById("site-search-q").getAttribute("aria-activedescendant"))`
	if got := w.eval(`(o => o.tagName + " " + o.getAttribute("role") + " " + o.getAttribute("aria-selected"))(` + chosen + `)`); got != "A option true" {
		t.Errorf("the chosen option: %v, want a link that is the option", got)
	}
	if w.eval(`(o => { const l = document.getElementById("site-search-list").getBoundingClientRect(), r = o.getBoundingClientRect(); return r.top >= l.top && r.bottom <= l.bottom + 1; })(`+chosen+`)`) != true {
		t.Error("the option chosen with the arrow keys is scrolled out of the list's view")
	}
	w.eval(`document.getElementById("site-search-list").style.maxHeight = ""; document.getElementById("site-search-q").focus(); true`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil { // a real key: the browser's own clears a search box
		t.Fatal(err)
	}
	if got := w.eval(`document.getElementById("site-search-list").hidden + " " + document.getElementById("site-search-q").value`); got != "true 客户" {
		t.Errorf("after Escape, hidden and query: %v, want the list shut and 客户 kept", got)
	}
	w.eval(`(q => { q.value = "火箭发射"; q.dispatchEvent(new InputEvent("input")); })(document.getElementById("site-search-q"))`)
	waitJS(t, w, `document.querySelectorAll("#site-search-list li").length === 1 && !document.getElementById("site-search-list").hidden`)
	if got := w.eval(`document.querySelector("#site-search-list li").textContent`); got != "没有直接的结果：打开搜索页" {
		t.Errorf("nothing found, the list says %q", got)
	}
	// A pinyin slip is searched as the site's words, and the list says so
	// atop the results, as the results page does; arrow down skips it.
	w.eval(`(q => { q.value = "陪训系统"; q.dispatchEvent(new InputEvent("input")); })(document.getElementById("site-search-q"))`)
	waitJS(t, w, `document.getElementById("site-search-instead") && !document.getElementById("site-search-list").hidden`)
	if got := w.eval(`[...document.querySelectorAll("#site-search-list [role=option]")].slice(0, 2).map(o => o.id + " " + o.textContent.slice(0, 24)).join(" | ")`).(string); !strings.HasPrefix(got, "site-search-instead 本站没有“陪训系统”，以下是“培训系统”的结果 | site-search-opt-0 ") {
		t.Errorf("a pinyin slip: the list begins %q", got)
	}
	w.eval(`document.getElementById("site-search-q").dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowDown"}))`)
	if got := w.eval(`document.getElementById("site-search-q").getAttribute("aria-activedescendant")`); got != "site-search-opt-0" {
		t.Errorf("arrow down chose %v, want the first result", got)
	}

	// The home page's own box opens the results page, from disk too (where
	// search/ is a folder: the walk of 2 December found its listing).
	w.visit(base, "home")
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("home-search-q"), "投诉"+kb.Enter)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, w, `document.body.classList.contains("kind-search") && document.querySelectorAll("#search-results li").length > 0`)
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); !strings.HasPrefix(loc, w.searchPage("q="+url.QueryEscape("投诉"))) {
		t.Errorf("the home page's box opened %s, want %s", loc, w.searchPage("q="+url.QueryEscape("投诉")))
	}

	// The search page with no query waits in its box (on a phone, the
	// keyboard comes up at once).
	w.visit(w.searchPage(""), "search")
	waitJS(t, w, `document.activeElement.id === "search-page-q"`)

	// The results page: counts, snippets with marks, filters, no injected HTML.
	w.visit(w.searchPage("q="+url.QueryEscape("培训")), "search")
	waitJS(t, w, `document.querySelectorAll("#search-results li").length > 3`)
	if s := w.eval(`document.getElementById("search-status").textContent`).(string); s != "显示前 10 个结果" { // 培训 is on more than ten pages: the first ten are shown
		t.Errorf("status %q", s)
	}
	if w.eval(`document.querySelector("#search-results mark").textContent`) != "培训" {
		t.Error("snippets do not mark the match")
	}
	w.expect(fmt.Sprintf(resultKinds, "#search-results li"), "技能点 章节 文章")
	w.visit(w.searchPage("q="+url.QueryEscape("客户服务管理")), "search")
	waitJS(t, w, `document.querySelectorAll("#search-results li").length > 3`)
	w.expect(fmt.Sprintf(resultKinds, "#search-results li"), "课程 章节 技能点 文章")
	w.visit(w.searchPage("kind=chapter&q="+url.QueryEscape("培训")), "search")
	waitJS(t, w, `document.querySelectorAll("#search-results li").length > 0`)
	if n := w.eval(`[...document.querySelectorAll("#search-results a")].filter(a => !/(staff-training|service-team|service-ideas)\/(index.html)?(#.*)?$/.test(a.href)).length`); n != 0.0 {
		t.Errorf("the chapter filter let %v other pages through", n)
	}
	// Filters that leave nothing of many results say so, and list them.
	w.visit(w.searchPage("kind=course&q="+url.QueryEscape("培训")), "search")
	waitJS(t, w, `!document.getElementById("search-suggestions").hidden`)
	if s := w.eval(`document.getElementById("search-status").textContent`); s != "在所选课程和类型中没有找到“培训”。不限课程和类型时的结果：" {
		t.Errorf("filters that leave nothing: %q", s)
	}
	if w.eval(`document.querySelector("#search-suggestions h2").hidden`) != true {
		t.Error("the results the filters left out are under the suggestions' heading")
	}
	// A pinyin slip is searched as the site's words, and the page says so;
	// words the results leave out are named; nothing found suggests pages.
	w.visit(w.searchPage("q="+url.QueryEscape("陪训系统")), "search")
	waitJS(t, w, `!document.getElementById("search-instead").hidden`)
	if s := w.eval(`document.getElementById("search-instead").textContent`); s != "本站没有“陪训系统”，以下是“培训系统”的结果" {
		t.Errorf("pinyin slip: %q", s)
	}
	w.visit(w.searchPage("q="+url.QueryEscape("培训火星")), "search")
	waitJS(t, w, `!document.getElementById("search-dropped").hidden`)
	if s := w.eval(`document.getElementById("search-dropped").textContent`); s != "这些结果不含：火星" {
		t.Errorf("dropped: %q", s)
	}
	w.visit(w.searchPage("q="+url.QueryEscape("养培")), "search") // no page has 养培
	waitJS(t, w, `!document.getElementById("search-suggestions").hidden`)
	// the two pages whose titles or key points have both 养 and 培 (培养), not those with 培训 alone
	if got := w.eval(`[...document.querySelectorAll("#search-suggestions li a")].map(a => a.textContent).join("|")`); got != "如何培养员工的客户服务意识|如何通过培训提高客户服务人员的素质" {
		t.Errorf("suggestions %q", got)
	}
	w.visit(w.searchPage("q="+url.QueryEscape(`<img src=x onerror="document.title='pwned'">`)), "search")
	waitJS(t, w, `document.getElementById("search-status").textContent.includes("<img")`)
	if w.eval(`document.querySelectorAll("main img").length === 0 && document.title !== "pwned"`) != true {
		t.Error("the query was inserted as HTML")
	}
}

// resultKinds is a script that returns the kinds the results in the
// elements %s say they are (.result-kind), each once in order, and names
// a result whose label is not the kind of the page it links to (an
// article in library/, then a course, a chapter or a skill point by the
// depth of its path in the course).
const resultKinds = `(() => {
	const names = ["课程", "章节", "技能点"], seen = [];
	for (const li of document.querySelectorAll("%s")) {
		const label = li.querySelector(".result-kind").textContent;
		const path = new URL(li.querySelector("a").href).pathname.replace(/index\.html$/, "").replace(/\/$/, "");
		const parts = path.slice(path.indexOf(path.includes("/library/") ? "/library/" : "/customer-service")).split("/").filter(Boolean);
		const want = parts[0] === "library" ? "文章" : names[parts.length - 1];
		if (label !== want) return "labelled " + label + ", not " + want + ": " + path;
		if (!seen.includes(label)) seen.push(label);
	}
	return seen.join(" ");
})()`

// TestSearchMissingShard: a missing shard gives a message in the results
// area, not a console stack.
func TestSearchMissingShard(t *testing.T) {
	out := buildSite(t, repoRoot)
	shards, _ := filepath.Glob(filepath.Join(out, "search/t/*.js"))
	for _, s := range shards {
		os.Remove(s)
	}
	ctx, _ := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+"search/index.html?q="+url.QueryEscape("培训"), "search")
	waitJS(t, w, `document.getElementById("search-status").textContent.includes("加载失败")`)
}

// TestSearchPaging pages through the results of a query on the results
// page with the keyboard, from file:// and over http: ten at first, ten
// more at each press of 更多结果 (a one-character query: the first twenty-one
// from the character's shard, the rest the long way), focus on the first new result, the same
// pages in the same order as Skillbook.search, and the button gone once
// every result is shown.
func TestSearchPaging(t *testing.T) {
	out := buildSite(t, repoRoot)
	ctx, consoleErrors := browser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	for _, base := range []string{"file://" + out + "/", srv.URL + "/"} {
		t.Run(strings.SplitN(base, ":", 2)[0], func(t *testing.T) {
			w := walker{t: t, ctx: ctx, base: base}
			if n := pageThrough(t, ctx, w, "的"); n <= 20 {
				t.Fatalf("的 has %d results: too few to page through", n)
			}
			// a query with a whole number of pages: the last press shows
			// them all, no 更多结果 that adds nothing (the walk of 2 December)
			if n := pageThrough(t, ctx, w, "记客户的名字"); n%10 != 0 {
				t.Fatalf("记客户的名字 has %d results: the test wants a multiple of ten", n)
			}
			if errs := consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}

// pageThrough opens the results page of q and presses 更多结果 until every
// result is shown, checking each page against Skillbook.search, the
// status, the button and the focus; it returns how many results q has.
func pageThrough(t *testing.T, ctx context.Context, w walker, q string) int {
	t.Helper()
	w.visit(w.searchPage("q="+url.QueryEscape(q)), "search")
	waitJS(t, w, `document.querySelectorAll("#search-results li").length > 0`)
	all := w.eval(fmt.Sprintf(`Skillbook.search(%q, {limit: 1000}).then(r => r.map(h => h.title))`, q)).([]any)
	for shown := 10; ; shown += 10 {
		n := min(shown, len(all))
		waitJS(t, w, fmt.Sprintf(`document.querySelectorAll("#search-results li").length === %d && !document.getElementById("search-more").disabled`, n))
		titles := w.eval(`[...document.querySelectorAll("#search-results li > a")].map(a => a.textContent)`).([]any)
		if fmt.Sprint(titles) != fmt.Sprint(all[:n]) {
			t.Fatalf("%s after %d: shown %v, want %v", q, shown, titles, all[:n])
		}
		status := w.eval(`document.getElementById("search-status").textContent`).(string)
		hidden := w.eval(`document.getElementById("search-more").hidden`).(bool)
		if n == len(all) {
			if !hidden || status != fmt.Sprintf("找到 %d 个结果", n) {
				t.Errorf("%s: all %d shown: status %q, more hidden %v", q, n, status, hidden)
			}
			return len(all)
		}
		if hidden || status != fmt.Sprintf("显示前 %d 个结果", n) {
			t.Fatalf("%s: %d of %d shown: status %q, more hidden %v", q, n, len(all), status, hidden)
		}
		if shown > 10 && w.eval(`document.activeElement === document.querySelectorAll("#search-results li > a")[`+fmt.Sprint(shown-10)+`]`) != true {
			t.Errorf("%s: after 更多结果 the focus is not on result %d", q, shown-9)
		}
		w.eval(`document.getElementById("search-more").focus()`)
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
			t.Fatal(err)
		}
	}
}

// headerBoxNamesCourses types 客户 in the header's box of the results page
// of a site of several courses: each skill point and chapter it lists
// names its course, as the results page does, a course's own page not.
func headerBoxNamesCourses(t *testing.T, w walker) {
	w.eval(`(() => { const q = document.getElementById("site-search-q"); q.value = "客户"; q.dispatchEvent(new InputEvent("input")); return true; })()`)
	waitJS(t, w, `document.querySelectorAll("#site-search-list [role=option]:not(.search-note)").length > 1`)
	var got [][3]string // path, kind, course named
	js := `JSON.stringify([...document.querySelectorAll("#site-search-list li:not(.search-all) a")].map(a => [new URL(a.href).pathname, a.querySelector(".result-kind").textContent,
		(a.querySelector(".result-course") || {}).textContent || ""]))`
	if err := json.Unmarshal([]byte(w.eval(js).(string)), &got); err != nil {
		t.Fatal(err)
	}
	titles := map[string]string{}
	if err := json.Unmarshal([]byte(w.eval(`JSON.stringify(Object.fromEntries([...document.getElementById("search-course").options].map(o => [o.value, o.textContent])))`).(string)), &titles); err != nil {
		t.Fatal(err)
	}
	named := 0
	for _, r := range got {
		course, _, _ := strings.Cut(strings.TrimPrefix(r[0], "/"), "/")
		want := "课程 · " + titles[course]
		if r[1] == "课程" || titles[course] == "" {
			want = ""
		}
		if r[2] != want {
			t.Errorf("the header box's result %s (%s) names course %q, want %q", r[0], r[1], r[2], want)
		}
		if r[2] != "" {
			named++
		}
	}
	if named == 0 {
		t.Errorf("the header box names no result's course: %v", got)
	}
}

// TestSearchWithinCourse chooses a course on the results page of a
// generated site of three courses: ten of the course's pages come, with
// 更多结果 for the rest, each skill point and chapter named with its
// course (titles repeat from course to course), in colours axe passes; a
// course's own page is not. So does the header's box.
func TestSearchWithinCourse(t *testing.T) {
	site := t.TempDir()
	if err := corpus.Write(site, corpus.DefaultShape(300)); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(buildSite(t, site))))
	defer srv.Close()
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: srv.URL + "/", axe: axeSource(t)}
	w.visit(w.searchPage("course=course-003&q="+url.QueryEscape("客户")), "search")
	waitJS(t, w, `document.querySelectorAll("#search-results li").length > 0`)
	var got struct {
		Status, Course string
		More           bool
		Results        [][3]string // link, kind, course named
	}
	js := `JSON.stringify({status: document.getElementById("search-status").textContent, course: document.getElementById("search-course").selectedOptions[0].textContent,
		more: !document.getElementById("search-more").hidden,
		results: [...document.querySelectorAll("#search-results li")].map(li => [li.querySelector("a").getAttribute("href"), li.querySelector(".result-kind").textContent,
			(li.querySelector(".result-course") || {}).textContent || ""])})`
	if err := json.Unmarshal([]byte(w.eval(js).(string)), &got); err != nil {
		t.Fatal(err)
	}
	if got.Status != "显示前 10 个结果" || !got.More || len(got.Results) != 10 {
		t.Errorf("status %q, 更多结果 shown %v, %d results; want ten of more", got.Status, got.More, len(got.Results))
	}
	for _, r := range got.Results {
		want := "课程 · " + got.Course
		if r[1] == "课程" {
			want = ""
		}
		if !strings.Contains(r[0], "course-003/") || r[2] != want {
			t.Errorf("result %s (%s) names course %q, want a page of course-003 named %q", r[0], r[1], r[2], want)
		}
	}
	headerBoxNamesCourses(t, w)
	if found := w.colourProblems(); len(found) > 0 { // the course's line, light and dark
		t.Errorf("axe: %v", found)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
