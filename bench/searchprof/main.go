// Command searchprof shows where a warm query's time goes in the browser:
// for each query of the corpus's queries.tsv (or of the classes asked), it
// opens Skillbook's built site in a fresh headless Chromium, asks the query
// before it in the file (so search.js, meta.js and search-near.js are
// loaded), then asks the query itself under V8's sampling profiler and
// with the page's resource timings, and prints per query its time, the
// main thread's busy time, its requests and the rounds they came in
// (requests that start after an earlier one of the query ended), then the
// functions that took the most time over all queries.
//
//	searchprof -site DIR -corpus DIR [-class latin,title] [-n 5] [-top 30]
package main

import (
	"context"
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
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

func main() {
	site := flag.String("site", "", "Skillbook's built site")
	dir := flag.String("corpus", "", "the generated corpus, with its queries.tsv")
	classes := flag.String("class", "", "the query classes to ask, comma-separated (all when empty)")
	perClass := flag.Int("n", 5, "queries per class")
	top := flag.Int("top", 30, "functions to list")
	lines := flag.String("lines", "", "also list the sampled lines of the functions of this name")
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
	self := map[string]float64{}
	for _, q := range qs {
		r, err := profileQuery(url, q, *lines)
		if err != nil {
			fail(err)
		}
		fmt.Printf("%08x %-12s %6.0f ms, busy %6.0f ms, %3d requests in %d rounds (%s)  %s\n", r.results, q.class, r.ms, r.busy, r.requests, len(r.rounds), roundsString(r.rounds), q.text)
		for k, v := range r.self {
			self[k] += v
		}
	}
	names := slices.SortedFunc(maps.Keys(self), func(a, b string) int { return int(self[b] - self[a]) })
	total := 0.0
	for k, v := range self {
		if !strings.HasPrefix(k, "+ ") && !strings.HasPrefix(k, "line ") {
			total += v
		}
	}
	fmt.Printf("\nself time (+ with what it calls synchronously) over %d queries, %.0f ms sampled:\n", len(qs), total)
	for _, n := range names[:min(*top, len(names))] {
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

type round struct{ start, end float64 }

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
	}
	return strings.Join(s, ", ")
}

// profileQuery asks q.before, then q.text under the profiler.
func profileQuery(url string, q query, lines string) (profiled, error) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.Flag("disable-gpu", true))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelTimeout()
	ask := func(text string) string {
		return fmt.Sprintf(`(async () => {
			performance.setResourceTimingBufferSize(100000);
			const t0 = performance.now();
			const res = await Skillbook.search(%q, {limit: 10});
			const t1 = performance.now();
			const rs = performance.getEntriesByType("resource").filter(e => e.startTime >= t0).map(e => [e.startTime - t0, e.responseEnd - t0]);
			if (Skillbook._timing) console.log(JSON.stringify(Skillbook._timing));
			return {ms: t1 - t0, rs, res: JSON.stringify(res), timing: JSON.stringify(Skillbook._timing || null)};
		})()`, text)
	}
	type answer struct {
		MS     float64      `json:"ms"`
		RS     [][2]float64 `json:"rs"`
		Res    string       `json:"res"`
		Timing string       `json:"timing"`
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
	if a.Timing != "null" {
		fmt.Println(a.Timing)
	}
	h := fnv.New32a()
	h.Write([]byte(a.Res))
	r := profiled{results: h.Sum32(), ms: a.MS, requests: len(a.RS), self: selfTimes(prof, lines)}
	for k, v := range r.self {
		if !strings.HasPrefix(k, "(idle)") && !strings.HasPrefix(k, "+ ") && !strings.HasPrefix(k, "line ") {
			r.busy += v
		}
	}
	r.rounds = rounds(a.RS)
	return r, nil
}

// rounds groups requests into rounds: a request that starts after every
// request of the round before it ended begins a new one.
func rounds(rs [][2]float64) []round {
	slices.SortFunc(rs, func(a, b [2]float64) int { return int(a[0] - b[0]) })
	var out []round
	for _, r := range rs {
		if n := len(out); n > 0 && r[0] < out[n-1].end {
			out[n-1].end = max(out[n-1].end, r[1])
			continue
		}
		out = append(out, round{r[0], r[1]})
	}
	return out
}

// selfTimes sums the profile's samples by function (name, script, line).
func selfTimes(p *profiler.Profile, lines string) map[string]float64 {
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
	if lines != "" {
		for _, n := range p.Nodes {
			if n.CallFrame.FunctionName == lines {
				for _, t := range n.PositionTicks {
					out[fmt.Sprintf("line %s:%d", lines, t.Line)] += float64(t.Ticks) * 0.2 // ticks of the 200 µs interval
				}
			}
		}
	}
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
