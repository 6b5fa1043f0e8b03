package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestSearchHistoryFilters walks the results page's filters as a trainee
// did, on a generated site of three courses: a search
// within course-003 for 客户, then another query in course-002 searched
// with the button, then Back. The form says what the URL (and the results
// shown) say, 客户 in course-003, not what was chosen later, whether the
// page comes from the back-forward cache or is loaded anew. Choosing a
// type searches at once; a course picked with the keys, when the list is
// left; with the box empty, choosing a course waits.
func TestSearchHistoryFilters(t *testing.T) {
	historyBases(t, func(t *testing.T, w walker) {
		w.visit(w.searchPage("course=course-003&q="+url.QueryEscape("客户")), "search")
		waitJS(t, w, resultsShown+` > 0`)
		w.eval(`window.leftHere = true; (f => { f.q.value = "服务"; f.course.value = "course-002"; f.requestSubmit(); })(document.querySelector("form.search-page")); true`)
		waitJS(t, w, `location.search.includes("course-002") && document.readyState === "complete" && `+resultsShown+` > 0`)
		goBack(w)
		waitJS(t, w, `location.search.includes("course-003") && document.readyState === "complete" && `+resultsShown+` > 0`)
		time.Sleep(300 * time.Millisecond) // past pageshow and whatever the browser puts back in the form
		t.Logf("Back showed the page the cache kept: %v", w.eval(`window.leftHere === true`))
		w.expect(formSays, "客户 course-003 ")
		w.expect(`[...document.querySelectorAll("#search-results li > a")].every(a => a.href.includes("/course-003/"))`, true)

		// Choosing 技能点 among the types searches.
		w.eval(`(f => { f.kind.value = "skill"; f.kind.dispatchEvent(new Event("change", {bubbles: true})); })(document.querySelector("form.search-page")); true`)
		if !within(w, 5*time.Second, `new URLSearchParams(location.search).get("kind") === "skill" && document.readyState === "complete" && `+resultsShown+` > 0`) {
			t.Fatalf("choosing a type did not search: at %v the form says %v", w.eval(`location.search`), w.eval(formSays))
		}
		w.expect(formSays, "客户 course-003 skill")
		w.expect(`[...document.querySelectorAll("#search-results li")].every(li => li.querySelector(".result-kind").textContent === "技能点" && li.querySelector("a").href.includes("/course-003/"))`, true)

		// Picked with the keys, a filter searches when the list is left, not at each key.
		w.eval(`(s => { s.focus(); s.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowDown", bubbles: true})); s.value = "course-002"; s.dispatchEvent(new Event("change", {bubbles: true})); })(document.querySelector("form.search-page").course); true`)
		time.Sleep(500 * time.Millisecond)
		w.expect(`new URLSearchParams(location.search).get("course")`, "course-003")
		w.eval(`document.querySelector("form.search-page").course.dispatchEvent(new FocusEvent("blur")); true`) // headless, the page may not have focus to lose
		if !within(w, 5*time.Second, `new URLSearchParams(location.search).get("course") === "course-002" && document.readyState === "complete" && `+resultsShown+` > 0`) {
			t.Fatalf("leaving the list picked with the keys did not search: at %v", w.eval(`location.search`))
		}
		w.expect(`document.activeElement.name`, "course") // the keys go on from the list, not the page's top

		// With the box emptied, choosing a filter waits for a query.
		w.eval(`(f => { f.q.value = ""; f.course.value = "course-001"; f.course.dispatchEvent(new Event("change", {bubbles: true})); })(document.querySelector("form.search-page")); true`)
		time.Sleep(500 * time.Millisecond)
		w.expect(`new URLSearchParams(location.search).get("course")`, "course-002")
	})
}

// TestSearchHistoryMore: the trainee pressed 更多结果 twice, opened the
// 25th result and pressed Back: the thirty results are shown again, the
// page scrolled to where it was, the result opened in view, whether the
// page comes from the back-forward cache or is loaded anew. A new search
// starts at ten; Back from it shows thirty again.
func TestSearchHistoryMore(t *testing.T) {
	historyBases(t, func(t *testing.T, w walker) {
		w.visit(w.searchPage("q="+url.QueryEscape("客户")), "search")
		for n := 10; n < 30; n += 10 {
			waitJS(t, w, fmt.Sprintf(`%s === %d && !document.getElementById("search-more").hidden && !document.getElementById("search-more").disabled`, resultsShown, n))
			w.eval(`document.getElementById("search-more").click(); true`)
		}
		waitJS(t, w, resultsShown+` === 30 && !document.getElementById("search-more").disabled`)
		opened := `document.querySelectorAll("#search-results li > a")[24]`
		y := w.eval(opened + `.scrollIntoView({block: "center"}); window.leftHere = true; scrollY`).(float64)
		if y < 100 {
			t.Fatalf("the 25th result is at the top of the page (scrollY %v): the test wants a page to scroll", y)
		}
		if err := chromedp.Do(w.ctx, chromedp.Click(chromedp.CSS("#search-results li:nth-child(25) > a"))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, w, `!document.body.classList.contains("kind-search") && document.readyState === "complete"`)
		goBack(w)
		waitJS(t, w, `document.body.classList.contains("kind-search") && document.readyState === "complete" && `+resultsShown+` > 0`)
		t.Logf("Back showed the page the cache kept: %v", w.eval(`window.leftHere === true`))
		if !within(w, 5*time.Second, resultsShown+` === 30`) {
			t.Fatalf("after Back, %v results shown, want the 30 shown before", w.eval(resultsShown))
		}
		w.expect(`document.getElementById("search-status").textContent`, "显示前 30 个结果")
		inView := `(r => r.top >= 0 && r.bottom <= innerHeight)(` + opened + `.getBoundingClientRect())`
		if !within(w, 2*time.Second, fmt.Sprintf(`Math.abs(scrollY - %v) < 2 && %s`, y, inView)) {
			t.Errorf("after Back, scrollY %v, want %v, with the result opened in view (%v)", w.eval(`scrollY`), y, w.eval(inView))
		}

		// A new search starts at ten, at the top; Back from it shows thirty.
		w.eval(`(f => { f.q.value = "服务"; f.requestSubmit(); })(document.querySelector("form.search-page")); true`)
		waitJS(t, w, `new URLSearchParams(location.search).get("q") === "服务" && document.readyState === "complete" && `+resultsShown+` > 0`)
		time.Sleep(300 * time.Millisecond)
		w.expect(resultsShown+` + " " + scrollY`, "10 0")
		goBack(w)
		waitJS(t, w, `new URLSearchParams(location.search).get("q") === "客户" && document.readyState === "complete" && `+resultsShown+` > 0`)
		if !within(w, 5*time.Second, resultsShown+` === 30`) {
			t.Errorf("Back from a new search: %v results shown, want 30", w.eval(resultsShown))
		}
	})
}

// resultsShown is a script that counts the results page's results.
const resultsShown = `document.querySelectorAll("#search-results li").length`

// formSays is a script that returns the results page's query, course and
// type as its form shows them, separated by spaces.
const formSays = `(f => [f.q.value, f.course.value, f.kind.value].join(" "))(document.querySelector("form.search-page"))`

// historyBases runs check on a generated site of three courses, as
// subtests: over http, where Back may show the page the back-forward
// cache kept; over http with no-store, and from disk, where Back loads it
// anew. Each run fails on console errors.
func historyBases(t *testing.T, check func(t *testing.T, w walker)) {
	t.Helper()
	out := generatedSites(t, 300)[0]
	ctx, consoleErrors := browser(t)
	cached := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer cached.Close()
	anew := httptest.NewServer(uncached(http.FileServer(http.Dir(out))))
	defer anew.Close()
	for _, b := range []struct{ name, base string }{{"http", cached.URL + "/"}, {"http-no-store", anew.URL + "/"}, {"file", "file://" + out + "/"}} {
		t.Run(b.name, func(t *testing.T) {
			check(t, walker{t: t, ctx: ctx, base: b.base})
			if errs := consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}

// goBack presses Back: not with chromedp's NavigateBack, which waits for a
// load that a page from the back-forward cache never fires, and once the
// script that asks has returned (from disk, the page it ran in could be
// gone before it answers).
func goBack(w walker) {
	w.eval(`setTimeout(() => history.back()); true`)
}

// within waits up to d for the script js to give true, and says whether
// it did.
func within(w walker, d time.Duration, js string) bool {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if v, err := chromedp.Run(w.ctx, chromedp.Evaluate[bool](js)); err == nil && v {
			return true
		}
	}
	return false
}
