// Command searchvs measures the static search of two built sites side by
// side in headless Chromium: Skillbook's export and Pagefind's index of the
// same content.
//
//	searchvs -skillbook DIR -pagefind DIR -corpus DIR [-sample N]
//	searchvs -skillbook DIR -corpus DIR                (Skillbook alone)
//	searchvs -skillbook DIR -pagefind DIR -eval FILE   (success@3, MRR, zero results; see docs/search.md)
//	searchvs -skillbook DIR -corpus DIR -urls          (each cold query's requests listed on stderr)
//
// The queries come from the generated corpus's queries.tsv (see
// internal/corpus.QueryFile): classes of queries, each with the pages it
// must find in its top 10. Substring recall: of the pages whose Markdown
// contains a query of one piece (no space; in lower case, as
// internal/corpus matches), of every class but one character (an older
// corpus's class "substring" too), the share each engine finds when asked
// for that many results and ten more (pieces in at most 100 pages). Both
// sites are served gzipped over loopback, each file compressed once, as
// static hosts do. The engines are asked side by side, query by query (see
// measure): for each query each engine opens the page in a new
// browser context (an empty cache: the cold query), then asks the query
// before it in queries.tsv in the same page (warm). It reports the median
// and p95 of the bytes each query fetched (compressed, as sent), of its
// latency and its requests, and recall@10, for all queries and for each
// class, then the ratios of the two engines' figures; each query that
// misses a page is named on stderr. -sample N asks the first N queries of
// each class only (quicker; figures for the docs ask every query).
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"flag"
	"fmt"
	"maps"
	"math/big"
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
	"unicode/utf8"

	"github.com/chromedp/chromedp"

	"skillbook/bench/internal/chromium"
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
	sample := flag.Int("sample", 0, "ask only the first N queries of each class, of queries.tsv or of -eval's set (0: every query)")
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
			if err := evaluate(e, *eval, *sample); err != nil {
				fail(fmt.Errorf("%s: %w", e.name, err))
			}
		}
		return
	}
	qs, pieces, err := readQueries(*dir)
	if err != nil {
		fail(err)
	}
	var asked []engine
	for _, e := range engines {
		if e.dir != "" { // one engine alone: the other's site not given
			asked = append(asked, e)
		}
	}
	if err := measure(asked, qs, *sample); err != nil {
		fail(err)
	}
	for _, e := range asked {
		if err := substrings(e, pieces, *sample); err != nil {
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
		}
		if f[0] == "han1" || len(strings.Fields(f[1])) != 1 { // in most pages; not one piece
			continue
		}
		var in []string
		for url, text := range pages {
			if strings.Contains(text, strings.ToLower(f[1])) {
				in = append(in, url)
			}
		}
		if len(in) > 0 && len(in) <= maxPiecePages {
			slices.Sort(in)
			pieces = append(pieces, piece{f[0], f[1], in})
		}
	}
	return qs, pieces, nil
}

// pageTexts maps each page's URL path to its Markdown, in lower case (as
// internal/corpus matches queries).
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
		pages["/"+strings.TrimSuffix(url, "/")+"/"] = strings.ToLower(string(b))
		return err
	})
	return pages, err
}

// maxPiecePages is the most pages a substring piece may be in: the engines
// are asked for that many results and ten more (Pagefind loads each one's
// fragment).
const maxPiecePages = 100

// piece is a substring query and the pages that contain it.
type piece struct {
	class, text string
	pages       []string
}

// substrings asks each piece in a new browser context for as many results
// as pages contain it, and more, and reports the share of those pages
// found. With sample > 0 it asks the first sample pieces of each class.
func substrings(e engine, pieces []piece, sample int) error {
	url, stop, err := serveGzip(e.dir)
	if err != nil {
		return err
	}
	defer stop()
	b, err := newBrowser()
	if err != nil {
		return err
	}
	defer b.close()
	found, want, asked := 0, 0, 0
	count := map[string]int{}
	for _, p := range pieces {
		if count[p.class]++; sample > 0 && count[p.class] > sample {
			continue
		}
		asked++
		res, err := b.run(url+e.page, e.search, len(p.pages)+10, []string{p.text})
		if err != nil {
			return err
		}
		if missed := len(p.pages) - countFound(p.pages, res[0].paths); missed > 0 {
			fmt.Fprintf(os.Stderr, "%s substring missed: %s %q, %d of its %d pages\n", e.name, p.class, p.text, missed, len(p.pages))
		}
		found += countFound(p.pages, res[0].paths)
		want += len(p.pages)
	}
	if asked == 0 {
		return nil
	}
	fmt.Printf("%-9s substring recall %.3f (%d pieces, %d pages)\n", e.name, float64(found)/float64(max(want, 1)), asked, want)
	return nil
}

// countFound is how many of pages are among paths.
func countFound(pages, paths []string) int {
	n := 0
	for _, p := range pages {
		if slices.Contains(paths, p) {
			n++
		}
	}
	return n
}

// served counts the bytes the server sent, compressed: what a query
// fetched, workers' requests included (the page's resource timings miss
// those).
var served atomic.Int64

// requests counts the requests the server answered.
var requests atomic.Int64

// listURLs says to list each cold query's requests (-urls); answered
// holds the paths the servers answered, in order, while it is set.
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

// measure asks the queries of every engine side by side: for each query,
// each engine in turn (which one first alternates from query to query), so
// that both meet the same load of the machine. Each engine's browser opens
// the page in a new browser context (an empty cache) and asks the query
// cold, then the query before it in queries.tsv warm (search code and
// shared data loaded, a query asked already): every query is measured
// both ways, cold in its own context and warm in the next query's. With
// sample > 0 only the contexts of the first sample queries of each class
// are opened (the warm queries are then those before them). It reports,
// for each engine, all queries, then each class (the first column of
// queries.tsv) on a line of its own:
//
//	NAME class CLASS: recall@10 …, warm median … ms (p95 …), R requests, B KB; cold: median … KB (p95 …), requests median … (max …) (N queries)
//
// where R and B are the median requests and bytes (gzip, as sent) of a warm
// query, and a cold query's requests are those after the page loaded and
// settled (the files of the results shown included; what the page asks for
// after its load event, such as its icon, is the page's; the browser's own
// request for /favicon.ico is not counted); the all-queries line ends with the bytes
// of the page and its first query, cold (what a trainee downloads to
// search once). Then the most requests of a cold query of up to 8
// characters and of any:
//
//	NAME requests of a cold query: max … for up to 8 characters, max … for any
//
// and, with two engines, the ratios of the first to the second: warm
// medians and cold bytes per class, and the warm p95, cold bytes and page
// + first query's bytes over all queries.
func measure(engines []engine, qs []query, sample int) error {
	var ms []*measured
	for _, e := range engines {
		m, err := newMeasured(e)
		if err != nil {
			return err
		}
		defer m.close()
		ms = append(ms, m)
	}
	count := map[string]int{}
	for i, q := range qs {
		if count[q.class]++; sample > 0 && count[q.class] > sample {
			continue
		}
		before := qs[(i+len(qs)-1)%len(qs)]
		for k := range ms {
			m := ms[(i+k)%len(ms)]
			if err := m.ask(q, before); err != nil {
				return fmt.Errorf("%s: %w", m.name, err)
			}
		}
	}
	for _, m := range ms {
		m.report()
	}
	if len(ms) == 2 {
		ratios(ms[0], ms[1])
	}
	return nil
}

// measured is one engine's site, served, its browser, and what its
// queries cost.
type measured struct {
	engine
	url     string
	browser *browser
	stop    func()
	all     *tally
	classes map[string]*tally
}

func newMeasured(e engine) (*measured, error) {
	url, stop, err := serveGzip(e.dir)
	if err != nil {
		return nil, err
	}
	b, err := newBrowser()
	if err != nil {
		stop()
		return nil, err
	}
	return &measured{engine: e, url: url, browser: b, stop: stop, all: &tally{}, classes: map[string]*tally{}}, nil
}

func (m *measured) close() {
	m.browser.close()
	m.stop()
}

// ask asks q cold, then before warm, in a new browser context.
func (m *measured) ask(q, before query) error {
	res, err := m.browser.run(m.url+m.page, m.search, 10, []string{q.text, before.text})
	if err != nil {
		return err
	}
	r := q.recall(res[0].paths)
	if listURLs {
		fmt.Fprintf(os.Stderr, "%s requests: %s %q %.0f: %s\n", m.name, q.class, q.text, res[0].requests, strings.Join(res[0].urls, " "))
	}
	if r < 1 {
		fmt.Fprintf(os.Stderr, "%s missed: %s %q (recall %.2f; wanted %v, got %v)\n", m.name, q.class, q.text, r, q.want, res[0].paths)
	}
	for _, t := range []*tally{m.all, m.class(q.class)} {
		t.addCold(q, res[0], r)
	}
	for _, t := range []*tally{m.all, m.class(before.class)} {
		t.addWarm(res[1])
	}
	return nil
}

func (m *measured) class(name string) *tally {
	if m.classes[name] == nil {
		m.classes[name] = &tally{}
	}
	return m.classes[name]
}

func (m *measured) report() {
	all := m.all
	fmt.Printf("%-9s cold: %s, %s; warm: %s, %s; recall@10 %.3f (%d queries); requests %s; page + first query %s\n", m.name,
		stat(all.coldBytes, "KB"), stat(all.coldMS, "ms"), stat(all.warmBytes, "KB"), stat(all.warmMS, "ms"), all.recall(), len(all.coldMS), all.requests(),
		stat(all.pageAndCold, "KB"))
	fmt.Printf("%-9s requests of a cold query: max %.0f for up to %d characters, max %.0f for any\n", m.name, all.maxShort, shortQuery, all.maxAny)
	for _, name := range slices.Sorted(maps.Keys(m.classes)) {
		t := m.classes[name]
		fmt.Printf("%-9s class %s: recall@10 %.3f, warm %s, %.0f requests, %.1f KB; cold: %s, requests %s (%d queries)\n", m.name, name,
			t.recall(), stat(t.warmMS, "ms"), median(t.warmRequests), median(t.warmBytes), stat(t.coldBytes, "KB"), t.requests(), len(t.coldMS))
	}
}

// ratios prints a's figures over b's, measured side by side:
//
//	ratio skillbook/pagefind class CLASS: warm median … (… / … ms), cold bytes median … (… / … KB)
//	ratio skillbook/pagefind all: warm median …, warm p95 … (… / … ms), cold bytes median …, page + first query median …
func ratios(a, b *measured) {
	for _, name := range slices.Sorted(maps.Keys(a.classes)) {
		x, y := a.classes[name], b.classes[name]
		if y == nil || len(x.warmMS) == 0 || len(y.warmMS) == 0 {
			continue
		}
		fmt.Printf("ratio %s/%s class %s: warm median %.2f (%.1f / %.1f ms), cold bytes median %.2f (%.1f / %.1f KB)\n", a.name, b.name, name,
			median(x.warmMS)/median(y.warmMS), median(x.warmMS), median(y.warmMS),
			median(x.coldBytes)/median(y.coldBytes), median(x.coldBytes), median(y.coldBytes))
	}
	x, y := a.all, b.all
	fmt.Printf("ratio %s/%s all: warm median %.2f (%.1f / %.1f ms), warm p95 %.2f (%.1f / %.1f ms), cold bytes median %.2f (%.1f / %.1f KB), page + first query median %.2f (%.1f / %.1f KB)\n", a.name, b.name,
		median(x.warmMS)/median(y.warmMS), median(x.warmMS), median(y.warmMS),
		p95(x.warmMS)/p95(y.warmMS), p95(x.warmMS), p95(y.warmMS),
		median(x.coldBytes)/median(y.coldBytes), median(x.coldBytes), median(y.coldBytes),
		median(x.pageAndCold)/median(y.pageAndCold), median(x.pageAndCold), median(y.pageAndCold))
}

// tally gathers the figures of a set of queries.
type tally struct {
	coldBytes, coldMS, warmBytes, warmMS, coldRequests, warmRequests []float64
	pageAndCold                                                      []float64 // the page's bytes and the cold query's
	found                                                            float64
	maxShort, maxAny                                                 float64 // most requests of a cold query of up to 8 characters, of any
}

func (t *tally) addCold(q query, cold result, recall float64) {
	t.coldBytes, t.coldMS, t.coldRequests = append(t.coldBytes, cold.bytes), append(t.coldMS, cold.ms), append(t.coldRequests, cold.requests)
	t.pageAndCold = append(t.pageAndCold, cold.pageBytes+cold.bytes)
	t.found += recall
	t.maxAny = max(t.maxAny, cold.requests)
	if utf8.RuneCountInString(q.text) <= shortQuery {
		t.maxShort = max(t.maxShort, cold.requests)
	}
}

// shortQuery is the most characters of a query held to issue 19's tighter
// budget of requests (20; any query: 40).
const shortQuery = 8

func (t *tally) addWarm(warm result) {
	t.warmBytes, t.warmMS, t.warmRequests = append(t.warmBytes, warm.bytes), append(t.warmMS, warm.ms), append(t.warmRequests, warm.requests)
}

func (t *tally) recall() float64 { return t.found / float64(max(1, len(t.coldMS))) }

// requests is the median and most requests of a cold query (the page's
// own files apart).
func (t *tally) requests() string {
	s := slices.Sorted(slices.Values(t.coldRequests))
	return fmt.Sprintf("median %.0f (max %.0f)", s[len(s)/2], s[len(s)-1])
}

// result is what a query cost: the bytes it fetched (KB, as sent), and
// for the first query of a page the page's own (the document and what it
// loaded before its load event), its time and requests.
type result struct {
	bytes, pageBytes, ms, requests float64
	paths, urls                    []string // the results' paths; the paths requested (-urls)
}

// run opens the page in a new browser and asks the queries one after
// another, measuring each one's bytes (resources fetched meanwhile) and time.
func run(page, search string, limit int, queries []string) ([]result, error) {
	b, err := newBrowser()
	if err != nil {
		return nil, err
	}
	defer b.close()
	return b.run(page, search, limit, queries)
}

// browser is a headless Chromium, started once.
type browser struct {
	ctx    context.Context
	cancel func()
}

func newBrowser() (*browser, error) {
	var opts []chromedp.ExecAllocatorOption
	if *h2 {
		opts = append(opts, chromedp.Flag("ignore-certificate-errors", true))
	}
	ctx, stop, err := chromium.Start(opts...)
	if err != nil {
		return nil, err
	}
	return &browser{ctx, stop}, nil
}

func (b *browser) close() { b.cancel() }

// run opens the page in a new browser context (incognito: an empty cache
// of its own) and asks the queries one after another, measuring each
// one's bytes (resources fetched meanwhile) and time.
func (b *browser) run(page, search string, limit int, queries []string) ([]result, error) {
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, time.Minute)
	defer cancelTimeout()
	pageStart := served.Load()
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		return nil, err
	}
	settle()
	pageKB := float64(served.Load()-pageStart) / 1024
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
		out = append(out, result{float64(served.Load()-before) / 1024, pageKB, r.MS, float64(requests.Load() - beforeRequests), r.Paths, answeredSince(beforeURLs)})
		pageKB = 0 // the page's bytes go with the first query
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
	srv := &http.Server{Handler: withoutFavicon(func(rw http.ResponseWriter, r *http.Request) {
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
	if !*h2 {
		go srv.Serve(ln)
		return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
	}
	cert, err := selfSigned()
	if err != nil {
		return "", nil, err
	}
	srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, NextProtos: []string{"h2", "http/1.1"}}
	go srv.ServeTLS(ln, "", "")
	return "https://" + ln.Addr().String(), func() { srv.Close() }, nil
}

// settle waits until the server has answered no request for a while
// (300 ms; at most 3 s): what a page asks for after its load event (its
// icon, which Chromium fetches then) is the page's, not its first query's.
func settle() {
	last, quiet := requests.Load(), 0
	for i := 0; i < 30 && quiet < 3; i++ {
		time.Sleep(100 * time.Millisecond)
		if n := requests.Load(); n != last {
			last, quiet = n, 0
			continue
		}
		quiet++
	}
}

// withoutFavicon answers the browser's own request for /favicon.ico (not
// the page's nor a query's) with a 404, neither counted nor listed, and
// every other request with h.
func withoutFavicon(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/favicon.ico" {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	}
}

// h2 serves the sites over HTTPS, where browsers speak HTTP/2 (one
// connection, every request at once) as static hosts do; over plain http
// Chromium opens at most six connections to a host, so that a round of
// more than six requests waits for the first ones.
var h2 = flag.Bool("h2", false, "serve over HTTPS with HTTP/2 (a self-signed certificate the browser is told to accept), as static hosts serve")

// selfSigned makes a certificate for 127.0.0.1.
func selfSigned() (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "searchvs"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
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

func p95(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	return s[min(len(s)-1, len(s)*95/100)]
}

func stat(xs []float64, unit string) string {
	return fmt.Sprintf("median %.1f %s (p95 %.1f)", median(xs), unit, p95(xs))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "searchvs:", err)
	os.Exit(1)
}
