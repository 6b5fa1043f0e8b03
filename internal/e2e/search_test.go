package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"

	"skillbook/build"
	"skillbook/internal/corpus"
	"skillbook/internal/manifest"
	"skillbook/internal/search"
)

// TestSearchParity asks the same queries of the bleve index (as `skillbook
// search` does) and of the static export in Chromium: the top 10 must be the
// same pages in the same order (up to ties) with the same snippets. Run on
// the bundled course from file:// and on a generated corpus over http.
func TestSearchParity(t *testing.T) {
	ctx, consoleErrors := browser(t)
	generated := t.TempDir()
	if err := corpus.Write(generated, corpus.DefaultShape(150)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, site string
		http       bool
	}{{"bundled-file", repoRoot, false}, {"generated-http", generated, true}} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			res := build.Build(build.Options{SiteDir: c.site, OutDir: out})
			if res.Diags.HasErrors() {
				t.Fatal(res.Diags)
			}
			home := "file://" + out + "/index.html"
			if c.http {
				srv := httptest.NewServer(http.FileServer(http.Dir(out)))
				defer srv.Close()
				home = srv.URL + "/"
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(home), chromedp.WaitVisible(chromedp.CSS("body.kind-home"))); err != nil {
				t.Fatal(err)
			}
			m := readManifest(t, out)
			queries := querySet(m, slices.Concat(corpusQueries(t, c.site), evalQueries(t), slipQueries(m), bodyRuns(res.Search.Docs, 60)))
			js := jsAsk(t, ctx, queries, search.Filter{})
			total, instead, suggested, byWords := 0, 0, 0, 0
			whole := wholeQueries(res.Search.Docs)
			for i, q := range queries {
				want, err := res.Search.Ask(context.Background(), q, 10)
				if err != nil {
					t.Fatal(err)
				}
				total += len(js[i].Results)
				if len(js[i].Results) > 0 && !whole(q) { // no page holds every term: the query took the path of words
					byWords++
				}
				if want.Instead != "" {
					instead++
				}
				if len(want.Suggestions) > 0 {
					suggested++
				}
				if err := sameAnswer(want, js[i]); err != nil {
					t.Errorf("query %q: %v", q, err)
				}
			}
			if total < len(queries) || byWords < 10 || instead < 10 || suggested < 3 {
				t.Fatalf("%d queries found only %d results in all, %d queries by words, %d searched instead for a pinyin slip, %d suggestions",
					len(queries), total, byWords, instead, suggested)
			}
			t.Logf("%d queries (%d by words), %d results compared; %d pinyin slips replaced, %d with suggestions", len(queries), byWords, total, instead, suggested)
			sameFiltered(t, ctx, res.Search, queries[:min(30, len(queries))])
			if errs := consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}

// bodyRuns are n runs of 3–8 Han characters taken from the pages' text
// (the same on every run): a run's pairs are often in other pages apart, so
// the pages that hold it in one piece must rank first, which search.js
// tells from the positions of the pairs, or, where a common term's file
// keeps none (the body), from the page's text in its pack.
func bodyRuns(docs []search.Doc, n int) []string {
	rng := rand.New(rand.NewPCG(16, 19))
	var out []string
	for tries := 0; len(out) < n && tries < 100*n; tries++ {
		text := []rune(docs[rng.IntN(len(docs))].Text)
		size := 3 + rng.IntN(6)
		if len(text) <= size {
			continue
		}
		at := rng.IntN(len(text) - size)
		if run := string(text[at : at+size]); !strings.ContainsFunc(run, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
			out = append(out, run)
		}
	}
	return out
}

// wholeQueries returns a function that reports whether some document
// holds every term of a query (a lone character anywhere in its text).
func wholeQueries(docs []search.Doc) func(string) bool {
	terms := make([]map[string]bool, len(docs))
	for i, d := range docs {
		terms[i] = map[string]bool{}
		for _, t := range search.Analyze(d.Title + "\n" + d.Text) {
			terms[i][t] = true
		}
	}
	return func(q string) bool {
		for i, d := range docs {
			if !slices.ContainsFunc(search.Analyze(q), func(t string) bool {
				return !terms[i][t] && !(len([]rune(t)) == 1 && strings.Contains(d.Title+d.Text, t))
			}) {
				return true
			}
		}
		return false
	}
}

// querySet draws queries from the site as a trainee would type them: every
// title and key point, whole and its start, pieces from inside words, single
// characters, Latin and digits, input that must not break anything, and
// queries a walk through the site found wanting (记客户的名字: words left
// out; 避免过度服务: the section linked to); and more, such as a generated
// corpus's queries.
func querySet(m *manifest.Manifest, more []string) []string {
	qs := []string{"客", "训", "的", "户服", "锋相", "6WIH", "ISO", "ＩＳＯ", "96345", "28", "客户 培训", "培训，目标", "记客户的名字", "避免过度服务", "怎样记住客户名字",
		"ISO 9001", "ISO-9001 投诉", "iso9001", "7x 24", "SLA400", "KPI 400", "，。！", "<script>alert(1)</script>", "\"'&", strings.Repeat("培训", 1000), "不存在的词语组合"}
	qs = append(qs, more...)
	add := func(s string, from, n int) {
		r := []rune(s)
		if len(r) >= from+n {
			qs = append(qs, string(r[from:from+n]))
		}
	}
	for _, c := range m.Courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				qs = append(append(qs, s.Title), s.KeyPoints...)
				add(s.Title, 0, 4)
				add(s.Title, 3, 2)
				for _, k := range s.KeyPoints {
					add(k, 0, 3)
				}
			}
		}
	}
	for _, a := range m.Library {
		add(a.Title, 0, 4)
	}
	qs = append(qs, askedQueries(m)...)
	slices.Sort(qs)
	return slices.Compact(qs)
}

// askedQueries are queries that no page holds whole, as trainees ask
// them, so that they take the path of words: a question around a key
// point, a title's halves the other way round, a title with a synonym
// (客服, the bundled site's own) and a particle added, a key point with
// 和 for 与 and 顾客 for 客户; every third skill point's. And a synonym
// alone and with a word, which no page holds as typed, and pinyin typed
// with the input method off, its syllables apart too, and chapters
// numbered in digits.
func askedQueries(m *manifest.Manifest) []string {
	qs := []string{"客服", "客服培训", "顾客满意", "sla", "peixun", "kehu fuwu", "kefu", "What 培训", "customer",
		"pei xun", "ke hu", "pei xun yuan gong", "how to pei xun", "第6章", "第2章 培训", "第12章", "第 6 章"}
	n := 0
	for _, c := range m.Courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				if n++; n%3 != 0 || len(s.KeyPoints) == 0 {
					continue
				}
				title := []rune(s.Title)
				half := len(title) / 2
				kp := strings.NewReplacer("与", "和", "客户", "顾客").Replace(s.KeyPoints[0])
				qs = append(qs, "怎么"+s.KeyPoints[0]+"呢", string(title[half:])+string(title[:half]), s.Title+"的客服吗", kp+"要怎样做")
			}
		}
	}
	return qs
}

// corpusQueries reads the queries of a generated corpus (corpus.QueryFile),
// if the site has them.
func corpusQueries(t *testing.T, site string) []string {
	b, err := os.ReadFile(filepath.Join(site, corpus.QueryFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var qs []string
	for line := range strings.Lines(string(b)) {
		if fields := strings.Split(line, "\t"); len(fields) == 3 {
			qs = append(qs, fields[1])
		}
	}
	if len(qs) == 0 {
		t.Fatalf("no queries in %s", corpus.QueryFile)
	}
	return qs
}

// evalQueries reads the queries of the search evaluation set: questions,
// other word orders, words left out, added or misspelt, that only match
// once the query is relaxed.
func evalQueries(t *testing.T) []string {
	b, err := os.ReadFile(filepath.Join(repoRoot, "internal", "search", "testdata", "eval-bundled.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var qs []string
	for line := range strings.Lines(string(b)) {
		if fields := strings.Split(line, "\t"); len(fields) == 3 && !strings.HasPrefix(line, "#") {
			qs = append(qs, fields[1])
		}
	}
	return qs
}

// jsAsk runs every query through window.Skillbook.ask in the page.
func jsAsk(t *testing.T, ctx context.Context, queries []string, only search.Filter) []search.Answer {
	t.Helper()
	b, _ := json.Marshal(queries)
	opts, _ := json.Marshal(map[string]any{"limit": 10, "course": only.Course, "kind": only.Kind})
	// Twenty at a time: thousands of queries at once can exhaust the
	// browser's network resources ("Failed to fetch"), and on real text
	// (internal/corpus) a query can fetch dozens of files.
	expr := fmt.Sprintf(`(async qs => {
		const out = [];
		for (let i = 0; i < qs.length; i += 20) out.push(...await Promise.all(qs.slice(i, i + 20).map(q => Skillbook.ask(q, %s))));
		return JSON.stringify(out);
	})(%s)`, opts, b)
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	var answers []search.Answer
	if err := json.Unmarshal([]byte(out), &answers); err != nil {
		t.Fatal(err)
	}
	return answers
}

// sameFiltered asks queries of the bleve index and of the export, each
// within the first and the last course, the chapters, the articles, and
// the first course's skill points (search.Filter): the same answers, and
// every result of the course and kind asked.
func sameFiltered(t *testing.T, ctx context.Context, ix *search.Index, queries []string) {
	t.Helper()
	var courses []string
	for _, d := range ix.Docs {
		if d.Course != "" && !slices.Contains(courses, d.Course) {
			courses = append(courses, d.Course)
		}
	}
	found := 0
	for _, only := range []search.Filter{{Course: courses[0]}, {Course: courses[len(courses)-1]}, {Kind: "chapter"}, {Kind: "article"}, {Course: courses[0], Kind: "skill"}} {
		js := jsAsk(t, ctx, queries, only)
		for i, q := range queries {
			want, err := ix.AskIn(context.Background(), q, 10, only)
			if err != nil {
				t.Fatal(err)
			}
			if err := sameAnswer(want, js[i]); err != nil {
				t.Errorf("query %q in %+v: %v", q, only, err)
			}
			for _, r := range js[i].Results {
				if only.Course != "" && r.Course != only.Course || only.Kind != "" && r.Kind != only.Kind {
					t.Errorf("query %q in %+v: %s (%s, %s) let through", q, only, r.URL, r.Course, r.Kind)
				}
			}
			found += len(js[i].Results)
		}
	}
	if found < len(queries) {
		t.Errorf("%d queries in five filters found %d results in all", len(queries), found)
	}
}

// slipQueries makes pinyin slips and queries that find nothing from the
// titles of every third skill point: the first four characters with one
// replaced by another of the same pinyin (search.PinyinKey), and the same
// four in reverse order.
func slipQueries(m *manifest.Manifest) []string {
	var qs []string
	n := 0
	for _, c := range m.Courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				r := []rune(s.Title)
				if n++; len(r) < 4 || n%3 != 1 {
					continue
				}
				r = r[:4]
				if slip, ok := homophoneSlip(string(r)); ok {
					qs = append(qs, slip)
				}
				qs = append(qs, string([]rune{r[3], r[2], r[1], r[0]}))
			}
		}
	}
	return qs
}

// homophoneSlip replaces the last character of text that has a homophone
// among the common characters by the first such homophone.
func homophoneSlip(text string) (string, bool) {
	r := []rune(text)
	for i := len(r) - 1; i >= 0; i-- {
		for c := rune(0x4e00); c < 0x9fa6; c++ {
			if c != r[i] && search.PinyinKey(string([]rune{c, c})) == search.PinyinKey(string([]rune{r[i], r[i]})) && search.PinyinKey(string([]rune{c, c})) != "" {
				r[i] = c
				return string(r), true
			}
		}
	}
	return "", false
}

// sameAnswer compares the answers of bleve and the browser: the same
// ranking, the same query searched instead, the same words named as left
// out (when the same pages were found) and the same suggestions.
func sameAnswer(want, got search.Answer) error {
	if err := sameRanking(want.Results, got.Results); err != nil {
		return err
	}
	if want.Instead != got.Instead {
		return fmt.Errorf("searched instead: bleve %q, browser %q", want.Instead, got.Instead)
	}
	if slices.Equal(urls(want.Results), urls(got.Results)) && !slices.Equal(want.Dropped, got.Dropped) {
		return fmt.Errorf("left out: bleve %q, browser %q", want.Dropped, got.Dropped)
	}
	if !slices.Equal(want.Suggestions, got.Suggestions) {
		return fmt.Errorf("suggestions:\n bleve   %+v\n browser %+v", want.Suggestions, got.Suggestions)
	}
	return nil
}

// sameRanking compares two result lists page by page; pages whose scores tie
// may come in either order, and a tie at the cut-off may pick other pages.
func sameRanking(want []search.Result, got []search.Result) error {
	if len(want) != len(got) {
		return fmt.Errorf("bleve has %d results, the browser %d: %v / %v", len(want), len(got), urls(want), got)
	}
	for i := range want {
		if !close(want[i].Score, got[i].Score) {
			return fmt.Errorf("result %d: bleve %s %.17g, browser %s %.17g", i, want[i].URL, want[i].Score, got[i].URL, got[i].Score)
		}
		j := slices.IndexFunc(got, func(h search.Result) bool { return h.URL == want[i].URL })
		if j < 0 {
			if lastTie(want, i) {
				continue
			}
			return fmt.Errorf("bleve's result %d, %s, is not among the browser's", i, want[i].URL)
		}
		w, g := want[i], got[j]
		if !close(w.Score, g.Score) || w.Title != g.Title || w.Snippet != g.Snippet || w.Kind != g.Kind || w.Course != g.Course || w.CourseTitle != g.CourseTitle {
			return fmt.Errorf("%s differs:\n bleve   %+v\n browser %+v", w.URL, w, g)
		}
	}
	return nil
}

// lastTie reports whether result i ties with the last one shown, so that
// another page with the same score may stand in its place.
func lastTie(hits []search.Result, i int) bool {
	return close(hits[i].Score, hits[len(hits)-1].Score)
}

func close(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b)) }

func urls(hits []search.Result) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.URL)
	}
	return out
}

// TestTokenizerVectors checks the browser's analyzer and phrases against
// the Go ones' test vectors.
func TestTokenizerVectors(t *testing.T) {
	b, err := os.ReadFile("../search/testdata/tokens.json")
	if err != nil {
		t.Fatal(err)
	}
	ctx, _ := browser(t)
	out := buildSite(t, repoRoot)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+out+"/index.html"), chromedp.WaitVisible(chromedp.CSS("body.kind-home"))); err != nil {
		t.Fatal(err)
	}
	// A page loads search.js with its first search: an empty one loads it.
	expr := fmt.Sprintf(`Skillbook.search("").then(() => JSON.stringify(%s.map(v => ({text: v.text, terms: Skillbook.analyze(v.text), phrase: Skillbook.phrase(v.text)}))))`, b)
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	type vector struct {
		Text   string   `json:"text"`
		Terms  []string `json:"terms"`
		Phrase string   `json:"phrase"`
	}
	var want, have []vector
	_ = json.Unmarshal(b, &want)
	_ = json.Unmarshal([]byte(got), &have)
	if len(have) != len(want) {
		t.Fatalf("%d vectors, want %d", len(have), len(want))
	}
	for i := range want {
		if !slices.Equal(want[i].Terms, have[i].Terms) {
			t.Errorf("analyze(%q): Go %q, browser %q", want[i].Text, want[i].Terms, have[i].Terms)
		}
		if want[i].Phrase != have[i].Phrase {
			t.Errorf("phrase(%q): Go %q, browser %q", want[i].Text, want[i].Phrase, have[i].Phrase)
		}
	}
}
