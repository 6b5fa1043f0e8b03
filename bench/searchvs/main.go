// Command searchvs measures the static search of two built sites side by
// side in headless Chromium: Skillbook's export and Pagefind's index of the
// same content.
//
//	searchvs -skillbook DIR -pagefind DIR -corpus DIR
//	searchvs -skillbook DIR -corpus DIR                (Skillbook alone)
//	searchvs -skillbook DIR -pagefind DIR -eval FILE   (success@3, MRR, zero results; see docs/search.md)
//	searchvs -skillbook DIR -corpus DIR -urls          (each cold query's requests listed on stderr)
//
// The queries come from the generated corpus's queries.tsv (see
// internal/corpus.QueryFile): classes of queries, each with the pages it
// must find in its top 10. An older corpus's substring queries (class
// "substring") measure substring recall: of the pages whose Markdown
// contains the piece (pieces in at most 400 pages), the share each engine
// finds. Both sites are served gzipped over loopback, each file compressed
// once, as static hosts do. For each query it opens a fresh browser (an
// empty cache: the cold first query), then asks the next query in the same
// page (warm). It reports the median and p95 of the bytes each query
// fetched (compressed, as sent), of its latency and its requests, and
// recall@10, for all queries and for each class; each query that misses a
// page is named on stderr.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"maps"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/chromedp"

	"skillbook/internal/corpus"
)

// query is a query of queries.tsv and the pages it must find: all of them
// in the top 10, or, when want is nil (more pages than that contain it),
// ten results.
type query struct {
	class, text string
	want        []string
}

// recall is the share of the pages a query must find that are among paths.
func (q query) recall(paths []string) float64 {
	if q.want == nil {
		return float64(min(10, len(paths))) / 10
	}
	found := 0
	for _, w := range q.want {
		if slices.Contains(paths, w) {
			found++
		}
	}
	return float64(found) / float64(len(q.want))
}

// engine is how one site is asked: the page to open and the script that
// runs a query (%q, then the number of results, %d) and returns the
// result paths.
type engine struct {
	name, dir, page, search string
}

func main() {
	sb := flag.String("skillbook", "", "Skillbook's built site")
	pf := flag.String("pagefind", "", "the Hugo site indexed by Pagefind")
	dir := flag.String("corpus", "", "the generated corpus, with its queries.tsv")
	eval := flag.String("eval", "", "an evaluation set (class, query, answering pages): report success@3, MRR and zero results instead")
	flag.BoolVar(&listURLs, "urls", false, "list on stderr the paths each cold query requested")
	flag.Parse()
	engines := []engine{
		{"skillbook", *sb, "/", `Skillbook.search(%q, {limit: %d}).then(r => r.map(h => "/" + h.url.split("#")[0]))`},
		{"pagefind", *pf, "/", `import("/pagefind/pagefind.js").then(async p => { await p.init(); const r = await p.search(%q);
			const d = await Promise.all(r.results.slice(0, %d).map(x => x.data())); return d.map(x => x.url.split("#")[0]); })`},
	}
	if *eval != "" {
		for _, e := range engines {
			if e.dir == "" {
				continue // -eval may ask one engine alone
			}
			if err := evaluate(e, *eval); err != nil {
				fail(fmt.Errorf("%s: %w", e.name, err))
			}
		}
		return
	}
	qs, pieces, err := readQueries(*dir)
	if err != nil {
		fail(err)
	}
	for _, e := range engines {
		if e.dir == "" {
			continue // one engine alone: the other's site not given
		}
		if err := measure(e, qs); err != nil {
			fail(fmt.Errorf("%s: %w", e.name, err))
		}
		if err := substrings(e, pieces); err != nil {
			fail(fmt.Errorf("%s: %w", e.name, err))
		}
	}
}

// readQueries reads the corpus's queries: whole titles and key points, and
// substring pieces with the pages that contain them.
func readQueries(dir string) (qs []query, pieces []piece, err error) {
	b, err := os.ReadFile(filepath.Join(dir, corpus.QueryFile))
	if err != nil {
		return nil, nil, err
	}
	pages, err := pageTexts(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, nil, fmt.Errorf("%s: bad line %q", corpus.QueryFile, line)
		}
		if f[0] != "substring" {
			var want []string
			if f[2] != "*" {
				for _, page := range strings.Fields(f[2]) {
					want = append(want, "/"+page)
				}
			}
			qs = append(qs, query{f[0], f[1], want})
			continue
		}
		var in []string
		for url, text := range pages {
			if strings.Contains(text, f[1]) {
				in = append(in, url)
			}
		}
		if len(in) <= 400 {
			pieces = append(pieces, piece{f[1], in})
		}
	}
	return qs, pieces, nil
}

// pageTexts maps each page's URL path to its Markdown.
func pageTexts(dir string) (map[string]string, error) {
	pages := map[string]string{}
	root := filepath.Join(dir, "content")
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		url := strings.TrimSuffix(strings.TrimSuffix(filepath.ToSlash(rel), ".md"), "_index")
		pages["/"+strings.TrimSuffix(url, "/")+"/"] = string(b)
		return err
	})
	return pages, err
}

// piece is a substring query and the pages that contain it.
type piece struct {
	text  string
	pages []string
}

// substrings asks each piece in a fresh page for as many results as pages
// contain it, and more, and reports the share of those pages found.
func substrings(e engine, pieces []piece) error {
	url, stop, err := serveGzip(e.dir)
	if err != nil {
		return err
	}
	defer stop()
	found, want := 0, 0
	for _, p := range pieces {
		res, err := run(url+e.page, e.search, len(p.pages)+10, []string{p.text})
		if err != nil {
			return err
		}
		for _, page := range p.pages {
			if slices.Contains(res[0].paths, page) {
				found++
			}
		}
		want += len(p.pages)
	}
	if len(pieces) == 0 {
		return nil
	}
	fmt.Printf("%-9s substring recall %.3f (%d pieces, %d pages)\n", e.name, float64(found)/float64(max(want, 1)), len(pieces), want)
	return nil
}

// served counts the bytes the server sent, compressed: what a query
// fetched, workers' requests included (the page's resource timings miss
// those).
var served atomic.Int64

// requests counts the requests the server answered.
var requests atomic.Int64

// listURLs says to list each cold query's requests (-urls); answered
// holds the paths the server answered, in order, while it is set.
var (
	listURLs   bool
	answeredMu sync.Mutex
	answered   []string
)

// answeredSince returns the paths answered since the n-th.
func answeredSince(n int) []string {
	answeredMu.Lock()
	defer answeredMu.Unlock()
	return slices.Clone(answered[n:])
}

// measure runs every query cold (fresh browser) and warm (after another
// query in the same page), and reports all queries, then each class of
// queries (the first column of queries.tsv) on a line of its own:
//
//	NAME class CLASS: recall@10 …, warm median … ms (p95 …), R requests, B KB; cold: median … KB (p95 …), requests median … (max …) (N queries)
//
// where R and B are the median requests and bytes (gzip, as sent) of a warm
// query, and a cold query's requests are those after the page loaded (the
// files of the results shown included).
func measure(e engine, qs []query) error {
	url, stop, err := serveGzip(e.dir)
	if err != nil {
		return err
	}
	defer stop()
	all := &tally{}
	classes := map[string]*tally{}
	for i, q := range qs {
		res, err := run(url+e.page, e.search, 10, []string{q.text, qs[(i+1)%len(qs)].text})
		if err != nil {
			return err
		}
		if classes[q.class] == nil {
			classes[q.class] = &tally{}
		}
		r := q.recall(res[0].paths)
		if listURLs {
			fmt.Fprintf(os.Stderr, "%s requests: %s %q %.0f: %s\n", e.name, q.class, q.text, res[0].requests, strings.Join(res[0].urls, " "))
		}
		if r < 1 {
			fmt.Fprintf(os.Stderr, "%s missed: %s %q (recall %.2f; wanted %v, got %v)\n", e.name, q.class, q.text, r, q.want, res[0].paths)
		}
		for _, t := range []*tally{all, classes[q.class]} {
			t.add(res[0], res[1], r)
		}
	}
	fmt.Printf("%-9s cold: %s, %s; warm: %s, %s; recall@10 %.3f (%d queries); requests %s\n", e.name,
		stat(all.coldBytes, "KB"), stat(all.coldMS, "ms"), stat(all.warmBytes, "KB"), stat(all.warmMS, "ms"), all.recall(), len(all.coldMS), all.requests())
	for _, name := range slices.Sorted(maps.Keys(classes)) {
		t := classes[name]
		fmt.Printf("%-9s class %s: recall@10 %.3f, warm %s, %.0f requests, %.1f KB; cold: %s, requests %s (%d queries)\n", e.name, name,
			t.recall(), stat(t.warmMS, "ms"), median(t.warmRequests), median(t.warmBytes), stat(t.coldBytes, "KB"), t.requests(), len(t.coldMS))
	}
	return nil
}

// tally gathers the figures of a set of queries.
type tally struct {
	coldBytes, coldMS, warmBytes, warmMS, coldRequests, warmRequests []float64
	found                                                            float64
}

func (t *tally) add(cold, warm result, recall float64) {
	t.coldBytes, t.coldMS = append(t.coldBytes, cold.bytes), append(t.coldMS, cold.ms)
	t.warmBytes, t.warmMS = append(t.warmBytes, warm.bytes), append(t.warmMS, warm.ms)
	t.coldRequests, t.warmRequests = append(t.coldRequests, cold.requests), append(t.warmRequests, warm.requests)
	t.found += recall
}

func (t *tally) recall() float64 { return t.found / float64(max(1, len(t.coldMS))) }

// requests is the median and most requests of a cold query (the page's
// own files apart).
func (t *tally) requests() string {
	s := slices.Sorted(slices.Values(t.coldRequests))
	return fmt.Sprintf("median %.0f (max %.0f)", s[len(s)/2], s[len(s)-1])
}

type result struct {
	bytes, ms, requests float64
	paths, urls         []string // the results' paths; the paths requested (-urls)
}

// run opens the page in a new browser and asks the queries one after
// another, measuring each one's bytes (resources fetched meanwhile) and time.
func run(page, search string, limit int, queries []string) ([]result, error) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.Flag("disable-gpu", true))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, time.Minute)
	defer cancelTimeout()
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		return nil, err
	}
	var out []result
	for _, q := range queries {
		expr := fmt.Sprintf(`(async () => {
			const t0 = performance.now();
			const paths = await (%s);
			return {ms: performance.now() - t0, paths};
		})()`, fmt.Sprintf(search, q, limit))
		before, beforeRequests := served.Load(), requests.Load()
		answeredMu.Lock()
		beforeURLs := len(answered)
		answeredMu.Unlock()
		r, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
			MS    float64  `json:"ms"`
			Paths []string `json:"paths"`
		}](expr, chromedp.EvalAwaitPromise))
		if err != nil {
			return nil, fmt.Errorf("query %q: %w", q, err)
		}
		out = append(out, result{float64(served.Load()-before) / 1024, r.MS, float64(requests.Load() - beforeRequests), r.Paths, answeredSince(beforeURLs)})
	}
	return out, nil
}

// serveGzip serves dir on loopback, sending what compresses gzipped. Each
// file is compressed once and kept, as static hosts and CDNs do, so that a
// query's latency is the engine's and not this server's compressing
// (Pagefind's index files come compressed already).
func serveGzip(dir string) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	files := http.FileServer(http.Dir(dir))
	var mu sync.Mutex
	compressed := map[string][]byte{}
	srv := &http.Server{Handler: http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		if listURLs {
			answeredMu.Lock()
			answered = append(answered, r.URL.Path)
			answeredMu.Unlock()
		}
		w := countingWriter{rw}
		w.Header().Set("Timing-Allow-Origin", "*")
		name := r.URL.Path
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") || !compressible(name) {
			files.ServeHTTP(w, r)
			return
		}
		file := filepath.Join(dir, filepath.FromSlash(path.Clean(name)))
		if strings.HasSuffix(name, "/") {
			file = filepath.Join(file, "index.html")
		}
		mu.Lock()
		body, ok := compressed[file]
		mu.Unlock()
		if !ok {
			if body, err = gzipFile(file); err != nil {
				http.NotFound(w, r)
				return
			}
			mu.Lock()
			compressed[file] = body
			mu.Unlock()
		}
		w.Header().Set("Content-Type", mime.TypeByExtension(filepath.Ext(file)))
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(body)
	})}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
}

func gzipFile(name string) ([]byte, error) {
	raw, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	gz.Write(raw)
	err = gz.Close()
	return buf.Bytes(), err
}

func compressible(name string) bool {
	return strings.HasSuffix(name, "/") || slices.ContainsFunc([]string{".html", ".js", ".css", ".json"}, func(ext string) bool { return strings.HasSuffix(name, ext) })
}

type countingWriter struct{ http.ResponseWriter }

func (c countingWriter) Write(b []byte) (int, error) {
	served.Add(int64(len(b)))
	return c.ResponseWriter.Write(b)
}

func median(xs []float64) float64 { return slices.Sorted(slices.Values(xs))[len(xs)/2] }

func stat(xs []float64, unit string) string {
	s := slices.Clone(xs)
	slices.Sort(s)
	return fmt.Sprintf("median %.1f %s (p95 %.1f)", s[len(s)/2], unit, s[min(len(s)-1, len(s)*95/100)])
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "searchvs:", err)
	os.Exit(1)
}
