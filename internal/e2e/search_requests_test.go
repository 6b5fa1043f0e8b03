package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/chromedp/chromedp"

	"skillbook/internal/corpus"
)

// budgetPoints is the size of TestSearchRequestBudget's generated site:
// large enough that common terms, queries held whole by more pages than a
// result page shows, and fragments whose pairs more pages hold apart than
// together show (on main before them, 15 of its 160 queries took more
// than 20 or 40 requests, and 培训的血肉 and 业组建医疗 missed pages that
// hold them).
const budgetPoints = 1000

// TestSearchRequestBudget asks every query of a generated site's
// queries.tsv (one and two characters, titles, key points, fragments, two
// fragments, Latin with Han, sentences), each cold (a fresh search.js,
// nothing loaded) over http, and
// counts the search files each fetches, search.js and the files of the
// results shown included: at most 20 for a query of up to 8 characters,
// at most 40 for any (issue 19). The pages queries.tsv lists must be in
// the first ten (recall@10 1.0), but for Latin queries, whose lists count
// a number inside a longer one (300 in 3000), which is no term of it.
// 客户 (on most pages) within one course finds ten of its pages within 20
// requests too (the results page asked for more and more of the whole
// site's results, up to a thousand, and kept the course's: at 10,000
// skill points 247 files, and 9 of a course's 100 pages with 客户).
// Queries that no page answers (hopelessQueries) take at most 20 requests
// as the header's box asks them, and 40 as the results page does, with
// the nearest pages it then suggests.
// Not yet within the budget, and left out: key points with a lone
// character among other terms (二是发动群众投身改革(一、群众服务: 49;
// 客户服务管理,行政部经理职责,有 Why: 140, a shard for each term of 有
// that the candidates hold; see docs/search.md).
func TestSearchRequestBudget(t *testing.T) {
	site := t.TempDir()
	if err := corpus.Write(site, corpus.DefaultShape(budgetPoints)); err != nil {
		t.Fatal(err)
	}
	ctx, consoleErrors, fetched := countedSite(t, buildSite(t, site))
	queries := budgetQueries(t, site)
	for _, q := range queries {
		fetched()
		got := coldSearch(t, ctx, q.text)
		fetched := fetched()
		budget := 40
		if utf8.RuneCountInString(q.text) <= 8 {
			budget = 20
		}
		if len(fetched) > budget || len(got) == 0 {
			t.Errorf("%s %q: %d requests (budget %d), %d results: %s", q.class, q.text, len(fetched), budget, len(got), strings.Join(fetched, " "))
		}
		if missed := q.missed(got); len(missed) > 0 {
			t.Errorf("%s %q: %v not in the first ten %v", q.class, q.text, missed, got)
		}
	}
	if len(queries) < 150 {
		t.Fatalf("only %d queries asked", len(queries))
	}
	for _, course := range []string{"course-001", "course-010"} {
		fetched()
		got := coldFiltered(t, ctx, "客户", course)
		if files := fetched(); len(files) > 20 || len(got) != 10 || slices.ContainsFunc(got, func(u string) bool { return !strings.HasPrefix(u, course+"/") }) {
			t.Errorf("客户 in %s: %d requests (budget 20), results %v (want ten of the course)", course, len(files), got)
		}
	}
	// Pages have 护客 only across two words (保护客户): 客护 is 客户 mistyped.
	expr := freshSearchJS(`Skillbook.ask("客护", {limit: 10})).then(a => a.instead + " " + a.results.length`)
	if got, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise)); err != nil || got != "客户 10" {
		t.Errorf("客护: searched instead and results %q (%v), want 客户 10", got, err)
	}
	for _, q := range hopelessQueries {
		for _, c := range []struct {
			suggest bool
			budget  int
		}{{false, 20}, {true, 40}} {
			fetched()
			results := coldAsk(t, ctx, q, c.suggest)
			if files := fetched(); len(files) > c.budget || results != 0 {
				t.Errorf("%q, suggestions %v: %d requests (budget %d), %d results (want none): %s", q, c.suggest, len(files), c.budget, results, strings.Join(files, " "))
			}
		}
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestSearchPiecesFromPacks asks, cold, runs of common pairs that leave
// pages undecided by the in-one-piece check (a pair's body positions are in
// its -pos file) only among the first ten: the results' own packs, which
// they need anyway, decide them, and no -pos file is fetched (on the
// 1,000-point site these took 20, 20 and 21 requests with 4, 3 and 2 -pos
// files, now 16, 17 and 19; at 10,000 points 公司的保安服务 took 22 with 3,
// now 19).
func TestSearchPiecesFromPacks(t *testing.T) {
	site := t.TempDir()
	if err := corpus.Write(site, corpus.DefaultShape(budgetPoints)); err != nil {
		t.Fatal(err)
	}
	ctx, consoleErrors, fetched := countedSite(t, buildSite(t, site))
	for _, q := range []string{"户服务培训经", "新公共服务平", "服务的影响消费者"} {
		fetched()
		got := coldSearch(t, ctx, q)
		files := fetched()
		if len(got) != 10 || len(files) > 20 || slices.ContainsFunc(files, func(f string) bool { return strings.HasSuffix(f, "-pos.js") }) {
			t.Errorf("%q: %d results, %d requests (at most 20, no -pos file): %s", q, len(got), len(files), strings.Join(files, " "))
		}
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// countedSite serves a built site over http to a browser opened on its
// home page; fetched returns the search files asked for since it was last
// called.
func countedSite(t *testing.T, out string) (ctx context.Context, consoleErrors, fetched func() []string) {
	var mu sync.Mutex
	var paths []string
	files := http.FileServer(http.Dir(out))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/search/") || strings.HasPrefix(r.URL.Path, "/assets/search") {
			mu.Lock()
			paths = append(paths, strings.TrimPrefix(r.URL.Path, "/"))
			mu.Unlock()
		}
		w.Header().Set("Cache-Control", "no-store")
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	ctx, consoleErrors = browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("body.kind-home"))); err != nil {
		t.Fatal(err)
	}
	return ctx, consoleErrors, func() []string {
		mu.Lock()
		defer mu.Unlock()
		out := paths
		paths = nil
		return out
	}
}

// hopelessQueries have runs of Han characters none of whose pairs the
// generated site has: no result, and nearest pages suggested when some
// share a character or word with the query. Searched, they found pages by
// their characters one by one, fetching the files of every term that
// holds each (火箭发射: 960 requests at 10,000 skill points; here 447 to
// 765), and then showed none of them.
var hopelessQueries = []string{"量子计算机", "火箭发射", "潜水艇", "宇宙飞船 冰淇淋"}

// budgetQuery is a query of queries.tsv and the pages it must find in its
// first ten (want nil: ten results).
type budgetQuery struct {
	class, text string
	want        []string
}

// missed returns the pages q must find that got (result paths) lacks.
func (q budgetQuery) missed(got []string) []string {
	if q.class == "latin" {
		return nil
	}
	if q.want == nil && len(got) < 10 {
		return []string{"ten results"}
	}
	var out []string
	for _, w := range q.want {
		if !slices.Contains(got, w) {
			out = append(out, w)
		}
	}
	return out
}

// budgetQueries reads a generated site's queries.tsv.
func budgetQueries(t *testing.T, site string) []budgetQuery {
	b, err := os.ReadFile(filepath.Join(site, corpus.QueryFile))
	if err != nil {
		t.Fatal(err)
	}
	var out []budgetQuery
	for line := range strings.Lines(string(b)) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 3 {
			continue
		}
		q := budgetQuery{class: f[0], text: f[1]}
		if f[2] != "*" {
			q.want = strings.Fields(f[2])
		}
		out = append(out, q)
	}
	return out
}

// freshSearchJS loads search.js afresh in the page (nothing loaded, as on
// a page just opened), then runs the expression then (of Skillbook).
func freshSearchJS(then string) string {
	return `new Promise((ok, fail) => {
		const s = document.createElement("script");
		s.src = new URL("assets/search.js", Skillbook.root).href;
		s.onload = ok;
		s.onerror = () => fail(new Error("search.js did not load"));
		document.head.appendChild(s);
	}).then(() => ` + then + `)`
}

// coldSearch asks q for ten results with a fresh search.js: their paths.
func coldSearch(t *testing.T, ctx context.Context, q string) []string {
	t.Helper()
	expr := freshSearchJS(fmt.Sprintf(`Skillbook.search(%q, {limit: 10})).then(r => r.map(h => h.url.split("#")[0])`, q))
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("query %q: %v", q, err)
	}
	return got
}

// coldFiltered asks q for ten results among a course's pages with a fresh
// search.js, as the results page does with a course chosen: their paths.
func coldFiltered(t *testing.T, ctx context.Context, q, course string) []string {
	t.Helper()
	expr := freshSearchJS(fmt.Sprintf(`Skillbook.ask(%q, {limit: 10, course: %q})).then(a => a.results.map(h => h.url.split("#")[0])`, q, course))
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("query %q in %s: %v", q, course, err)
	}
	return got
}

// coldAsk asks q for ten results with a fresh search.js as the results
// page does (Skillbook.ask), or with suggest false as the header's box
// does (no nearest pages when nothing is found): how many results.
func coldAsk(t *testing.T, ctx context.Context, q string, suggest bool) int {
	t.Helper()
	expr := freshSearchJS(fmt.Sprintf(`Skillbook.ask(%q, {limit: 10, suggest: %v})).then(a => a.results.length`, q, suggest))
	got, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("query %q: %v", q, err)
	}
	return got
}
