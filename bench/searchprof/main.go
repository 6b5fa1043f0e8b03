// Command searchprof shows where a warm query's time goes in the browser:
// for each query of the corpus's queries.tsv (or of the classes asked), it
// opens Skillbook's built site in a fresh headless Chromium, asks the query
// before it in the file (so search.js, meta.js and search-near.js are
// loaded), then asks the query itself under V8's sampling profiler and
// with the page's resource timings, and prints per query its time, the
// main thread's busy time, its requests and the rounds they came in,
// then the functions that took the most time over all queries, by
// themselves and
// ("+") with what they call synchronously. Each query's line starts with a
// hash of its results, so that a change to search.js can be tried on a
// built site (-assets: the theme's static/ served as assets/) and shown to
// keep them.
//
// A round is a wait in a chain of waits: fetch() and the script elements
// the page adds are wrapped (chains.js) so that each request is counted
// one round after the request whose end the code was answering when it
// asked (the one that ended last), and a query's rounds are its longest
// chain. Unlike requests grouped by their times, this does not depend on
// how fast each file comes: a request asked while others of its round are
// still on their way is in the next round when it waited for one of them.
//
//	searchprof -site DIR -corpus DIR [-class latin,title] [-n 5] [-top 30] [-v] [-assets DIR]
package main

import (
	"cmp"
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"maps"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"

	"skillbook/bench/internal/chromium"
)

func main() {
	site := flag.String("site", "", "Skillbook's built site")
	dir := flag.String("corpus", "", "the generated corpus, with its queries.tsv")
	classes := flag.String("class", "", "the query classes to ask, comma-separated (all when empty)")
	perClass := flag.Int("n", 5, "queries per class")
	top := flag.Int("top", 30, "functions to list")
	flag.BoolVar(&verbose, "v", false, "name the files of each round")
	assets := flag.String("assets", "", "serve the site's assets/ from this folder instead (a theme's static/, to try a change without building again)")
	flag.Parse()
	qs, err := readQueries(*dir, *classes, *perClass)
	if err != nil {
		fail(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	files := http.FileServer(http.Dir(*site))
	mux := http.NewServeMux()
	mux.Handle("/", files)
	if *assets != "" {
		mux.Handle("/assets/", http.StripPrefix("/assets/", overlay{http.FileServer(http.Dir(*assets)), *assets, files}))
	}
	go http.Serve(ln, mux)
	url := "http://" + ln.Addr().String() + "/"
	browser, stop, err := chromium.Start() // one browser for every query
	if err != nil {
		fail(err)
	}
	defer stop()
	self := map[string]float64{}
	requests, rounds := 0, 0
	for _, q := range qs {
		r, err := profileQuery(browser, url, q)
		if err != nil {
			fail(err)
		}
		fmt.Printf("%08x %-12s %6.0f ms, busy %6.0f ms, %3d requests in %d rounds (%s)  %s\n", r.results, q.class, r.ms, r.busy, r.requests, len(r.rounds), roundsString(r.rounds), q.text)
		for k, v := range r.self {
			self[k] += v
		}
		requests, rounds = requests+r.requests, rounds+len(r.rounds)
	}
	fmt.Printf("\n%d queries: %d requests in %d rounds\n", len(qs), requests, rounds)
	printSelf(self, len(qs), *top)
}

// printSelf lists the top functions by their time.
func printSelf(self map[string]float64, queries, top int) {
	names := slices.SortedFunc(maps.Keys(self), func(a, b string) int { return int(self[b] - self[a]) })
	total := 0.0
	for k, v := range self {
		if !strings.HasPrefix(k, "+ ") {
			total += v
		}
	}
	fmt.Printf("\nself time (+ with what it calls synchronously) over %d queries, %.0f ms sampled:\n", queries, total)
	for _, n := range names[:min(top, len(names))] {
		fmt.Printf("%8.1f ms %5.1f %%  %s\n", self[n], 100*self[n]/total, n)
	}
}

// overlay serves a file of dir when it has one, else the site's.
type overlay struct {
	own  http.Handler
	dir  string
	site http.Handler
}

func (o overlay) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, err := os.Stat(filepath.Join(o.dir, filepath.FromSlash(r.URL.Path))); err == nil {
		o.own.ServeHTTP(w, r)
		return
	}
	r.URL.Path = "/assets/" + r.URL.Path
	o.site.ServeHTTP(w, r)
}

var verbose bool

// chainsJS runs before the page's scripts and counts each request's round
// (see the package's doc comment).
//
//go:embed chains.js
var chainsJS string

type query struct{ class, text, before string }

// readQueries takes the first n queries of each class asked, each with the
// query before it in the file.
func readQueries(dir, classes string, n int) ([]query, error) {
	b, err := os.ReadFile(filepath.Join(dir, "queries.tsv"))
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	count := map[string]int{}
	var qs []query
	for i, line := range lines {
		f := strings.Split(line, "\t")
		if classes != "" && !slices.Contains(strings.Split(classes, ","), f[0]) || count[f[0]] >= n {
			continue
		}
		count[f[0]]++
		before := strings.Split(lines[(i+len(lines)-1)%len(lines)], "\t")[1]
		qs = append(qs, query{f[0], f[1], before})
	}
	return qs, nil
}

type round struct {
	start, end float64
	files      []string
}

type profiled struct {
	results  uint32 // a hash of the results, to see that a change keeps them
	ms, busy float64
	requests int
	rounds   []round
	self     map[string]float64
}

func roundsString(rs []round) string {
	var s []string
	for _, r := range rs {
		s = append(s, fmt.Sprintf("%.0f–%.0f", r.start, r.end))
		if verbose {
			s[len(s)-1] += " [" + strings.Join(r.files, " ") + "]"
		}
	}
	return strings.Join(s, ", ")
}

// profileQuery asks q.before, then q.text under the profiler, in a new
// browser context (an empty cache of its own) of the browser.
func profileQuery(browser context.Context, url string, q query) (profiled, error) {
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelTimeout()
	ask := func(text string) string {
		return fmt.Sprintf(`(async () => {
			__chains.take();
			const t0 = performance.now();
			const res = await Skillbook.search(%q, {limit: 10});
			const t1 = performance.now();
			const rs = __chains.take().map(e => [e[1] - t0, e[2] - t0, e[0].replace(/^.*\/(search|assets)\//, ""), e[3]]);
			return {ms: t1 - t0, rs, res: JSON.stringify(res)};
		})()`, text)
	}
	type answer struct {
		MS  float64   `json:"ms"`
		RS  []request `json:"rs"`
		Res string    `json:"res"`
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: chainsJS}); err != nil {
		return profiled{}, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return profiled{}, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[answer](ask(q.before), chromedp.EvalAwaitPromise)); err != nil {
		return profiled{}, fmt.Errorf("%q: %w", q.before, err)
	}
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return profiled{}, err
	}
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}); err != nil {
		return profiled{}, err
	}
	if _, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{}); err != nil {
		return profiled{}, err
	}
	a, err := chromedp.Run(ctx, chromedp.Evaluate[answer](ask(q.text), chromedp.EvalAwaitPromise))
	if err != nil {
		return profiled{}, fmt.Errorf("%q: %w", q.text, err)
	}
	stop, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return profiled{}, err
	}
	prof := stop.Profile
	h := fnv.New32a()
	h.Write([]byte(a.Res))
	r := profiled{results: h.Sum32(), ms: a.MS, requests: len(a.RS), self: selfTimes(prof)}
	for k, v := range r.self {
		if !strings.HasPrefix(k, "(idle)") && !strings.HasPrefix(k, "+ ") {
			r.busy += v
		}
	}
	r.rounds = rounds(a.RS)
	return r, nil
}

// request is a request of the query: start, end (ms from the query's
// start), the file's name and its round (chains.js), from 1.
type request struct {
	start, end float64
	name       string
	round      int
}

func (r *request) UnmarshalJSON(b []byte) error {
	var v [4]any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	r.start, _ = v[0].(float64)
	r.end, _ = v[1].(float64)
	r.name, _ = v[2].(string)
	n, _ := v[3].(float64)
	r.round = int(n)
	return nil
}

// rounds groups the requests by their rounds: as many as the longest chain
// of waits, each from its first request's start to its last one's end.
func rounds(rs []request) []round {
	slices.SortFunc(rs, func(a, b request) int { return cmp.Compare(a.start, b.start) })
	var out []round
	for _, r := range rs {
		for len(out) < r.round {
			out = append(out, round{start: r.start, end: r.end})
		}
		o := &out[r.round-1]
		if len(o.files) == 0 {
			o.start = r.start
		}
		o.start, o.end = min(o.start, r.start), max(o.end, r.end)
		o.files = append(o.files, r.name)
	}
	return out
}

// selfTimes sums the profile's samples by function (name, script, line).
func selfTimes(p *profiler.Profile) map[string]float64 {
	byID := map[int64]string{}
	for _, n := range p.Nodes {
		f := n.CallFrame
		name := f.FunctionName
		if name == "" {
			name = "(anonymous)"
		}
		byID[n.ID] = fmt.Sprintf("%s %s:%d", name, filepath.Base(f.URL), f.LineNumber+1)
	}
	out := map[string]float64{}
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	for i, id := range p.Samples {
		if i+1 >= len(p.TimeDeltas) {
			continue
		}
		ms := float64(p.TimeDeltas[i+1]) / 1000
		out[byID[id]] += ms
		seen := map[string]bool{}
		for n, ok := id, true; ok; n, ok = parent[n] {
			if name := "+ " + byID[n]; !seen[name] {
				seen[name] = true
				out[name] += ms
			}
		}
	}
	return out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "searchprof:", err)
	os.Exit(1)
}
