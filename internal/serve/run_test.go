package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	neturl "net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"skillbook/internal/search"
	"skillbook/internal/sitetest"
)

// syncBuffer is a log that the server and the test share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// start serves a copy of testdata/site.txtar and returns its folder, URL
// and log.
// await waits up to five seconds for the log to contain text: the server
// tells the browsers and the terminal from different goroutines.
func (b *syncBuffer) await(text string) bool {
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if strings.Contains(b.String(), text) {
			return true
		}
	}
	return false
}

func start(t *testing.T) (site, url string, log *syncBuffer) {
	t.Helper()
	site = sitetest.Extract(t, "testdata/site.txtar")
	log = &syncBuffer{}
	return site, serveSite(t, site, log), log
}

// serveSite runs the server on site until the test ends and returns its URL.
func serveSite(t testing.TB, site string, log io.Writer) (url string) {
	t.Helper()
	ready := make(chan string, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Site: site, Addr: "127.0.0.1:0", Log: log, Ready: func(u string) { ready <- u }})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	select {
	case url = <-ready:
	case err := <-done:
		t.Fatalf("Run stopped: %v", err)
	case <-time.After(2 * time.Minute):
		t.Fatal("server not ready")
	}
	return url
}

func getBody(t testing.TB, url string) string {
	_, body := get(t, url)
	return body
}

func get(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// waitFor polls until the page at url answers status with a body that
// contains want (or, with want "", any body).
func waitFor(t *testing.T, url string, status int, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, body := get(t, url)
		if code == status && strings.Contains(body, want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: got %d, want %d with %q; body:\n%.400s", url, code, status, want, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func skill(title, body string) string {
	return fmt.Sprintf("---\ntitle: %s\n---\n%s\n", title, body)
}

// TestServeFollowsEdits edits the site the ways trainers' editors do and
// waits each time for the served page to follow.
func TestServeFollowsEdits(t *testing.T) {
	site, url, _ := start(t)
	page := filepath.Join(site, "content/cs/ch/01-skill.md")
	waitFor(t, url+"cs/ch/skill/", 200, "第一版")

	write(t, page, skill("技能", "在原处保存。"))
	waitFor(t, url+"cs/ch/skill/", 200, "在原处保存")

	tmp := filepath.Join(site, "content/cs/ch/.01-skill.md.tmp")
	write(t, tmp, skill("技能", "写临时文件再改名。"))
	if err := os.Rename(tmp, page); err != nil {
		t.Fatal(err)
	}
	waitFor(t, url+"cs/ch/skill/", 200, "写临时文件再改名")

	// vim's backup-style save: rename the original away, write anew, delete the backup.
	if err := os.Rename(page, page+"~"); err != nil {
		t.Fatal(err)
	}
	write(t, page, skill("技能", "vim 式保存。"))
	os.Remove(page + "~")
	waitFor(t, url+"cs/ch/skill/", 200, "vim 式保存")

	nested := filepath.Join(site, "content/cs/02-new")
	write(t, filepath.Join(nested, "_index.md"), skill("新章", ""))
	write(t, filepath.Join(nested, "01-first.md"), skill("新技能", "新文件夹里的新页面。"))
	waitFor(t, url+"cs/new/first/", 200, "新文件夹里的新页面")

	renamed := filepath.Join(site, "content/cs/03-moved")
	if err := os.Rename(nested, renamed); err != nil {
		t.Fatal(err)
	}
	waitFor(t, url+"cs/moved/first/", 200, "新文件夹里的新页面")
	write(t, filepath.Join(renamed, "01-first.md"), skill("新技能", "改名后的文件夹里的修改。"))
	waitFor(t, url+"cs/moved/first/", 200, "改名后的文件夹里的修改")

	if err := os.Remove(filepath.Join(renamed, "01-first.md")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, url+"cs/moved/first/", 404, "")
}

// TestServeKeepsLastGoodSite breaks the front matter: the error reaches the
// terminal and the browsers, the last good page stays served, and fixing
// the file clears the error.
func TestServeKeepsLastGoodSite(t *testing.T) {
	site, url, log := start(t)
	events := subscribe(t, url)
	if ev := events.next(t); ev.name != "ready" {
		t.Fatalf("first event %q, want ready", ev.name)
	}
	page := filepath.Join(site, "content/cs/ch/01-skill.md")
	write(t, page, "---\ntitle: 技能\ntitel: 拼错\n---\n坏了。\n")
	ev := events.next(t)
	if ev.name != "errors" || !strings.Contains(ev.data, `content/cs/ch/01-skill.md:3:1: error: unknown key \"titel\" in front matter`) {
		t.Fatalf("event %s %s", ev.name, ev.data)
	}
	waitFor(t, url+"cs/ch/skill/", 200, "第一版")
	if !log.await("01-skill.md:3:1: error: unknown key \"titel\"") {
		t.Errorf("terminal lacks the error:\n%s", log)
	}

	write(t, page, skill("技能", "修好了。"))
	ev = events.next(t)
	if ev.name != "change" || !strings.Contains(ev.data, "cs/ch/skill/index.html") {
		t.Fatalf("event %s %s", ev.name, ev.data)
	}
	waitFor(t, url+"cs/ch/skill/", 200, "修好了")
	if !strings.Contains(log.String(), "content/cs/ch/01-skill.md: ") {
		t.Errorf("terminal lacks the rebuild line:\n%s", log)
	}
}

// TestServeFollowsRenamedPage renames the skill point a trainer has open:
// its old address, which the live reload asks for again, leads to the new
// one, until a page stands there again; the terminal names the alias that
// keeps the old address on the published site.
func TestServeFollowsRenamedPage(t *testing.T) {
	site, url, log := start(t)
	waitFor(t, url+"cs/ch/skill/", 200, "第一版")
	from, to := filepath.Join(site, "content/cs/ch/01-skill.md"), filepath.Join(site, "content/cs/ch/01-greeting.md")
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
	waitFor(t, url+"cs/ch/greeting/", 200, "第一版")
	waitFor(t, url+"cs/ch/skill/", 200, "第一版") // followed: 302 to cs/ch/greeting/
	redirects(t, url+"cs/ch/skill/", "/cs/ch/greeting/")
	if want := "content/cs/ch/01-greeting.md moved from /cs/ch/skill/ to /cs/ch/greeting/: write `aliases: [cs/ch/skill]` in its front matter to keep the old address on the published site\n"; !log.await(want) {
		t.Errorf("the terminal does not say the page moved:\n%s", log)
	}
	write(t, from, skill("另一个技能", "新的一页。")) // a page at the old address again
	waitFor(t, url+"cs/ch/skill/", 200, "新的一页")
}

// TestServeFollowsPageRenamedThroughAnError: a rename that breaks a link
// fails the build (the page stays served at its old address); once the
// link is mended, the old address leads to the new one, as the browser
// still shows it.
func TestServeFollowsPageRenamedThroughAnError(t *testing.T) {
	site, url, log := start(t)
	linking := filepath.Join(site, "content/cs/ch/02-linking.md")
	write(t, linking, skill("链接", "见[技能](01-skill.md)。"))
	waitFor(t, url+"cs/ch/linking/", 200, "链接")
	if err := os.Rename(filepath.Join(site, "content/cs/ch/01-skill.md"), filepath.Join(site, "content/cs/ch/01-greeting.md")); err != nil {
		t.Fatal(err)
	}
	if !log.await("link to a file that does not exist: 01-skill.md") {
		t.Fatalf("no error for the broken link:\n%s", log)
	}
	write(t, linking, skill("链接", "见[技能](01-greeting.md)。"))
	waitFor(t, url+"cs/ch/greeting/", 200, "第一版")
	redirects(t, url+"cs/ch/skill/", "/cs/ch/greeting/")
}

// redirects checks that url answers 302 to path.
func redirects(t *testing.T, url, path string) {
	t.Helper()
	resp, err := http.DefaultTransport.RoundTrip(mustRequest(t, url))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != path {
		t.Errorf("old address: %d to %q, want 302 to %s", resp.StatusCode, resp.Header.Get("Location"), path)
	}
}

func mustRequest(t *testing.T, url string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

type streamEvent struct{ name, data string }

// subscribe opens the server-sent event stream.
func subscribe(t *testing.T, url string) *streamReader {
	t.Helper()
	resp, err := http.Get(url + "__skillbook/events")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	r := &streamReader{events: make(chan streamEvent, 16)}
	go r.read(resp.Body)
	return r
}

type streamReader struct{ events chan streamEvent }

func (r *streamReader) read(body io.Reader) {
	sc := bufio.NewScanner(body)
	sc.Buffer(nil, 1<<20)
	var ev streamEvent
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			ev.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			ev.data = strings.TrimPrefix(line, "data: ")
		case line == "":
			r.events <- ev
			ev = streamEvent{}
		}
	}
	close(r.events)
}

func (r *streamReader) next(t *testing.T) streamEvent {
	t.Helper()
	select {
	case ev, ok := <-r.events:
		if !ok {
			t.Fatal("event stream closed")
		}
		return ev
	case <-time.After(10 * time.Second):
		t.Fatal("no event")
	}
	return streamEvent{}
}

// TestServeRefusesPathEscapes sends raw requests that try to climb out of
// the site, bypassing the client's own path cleaning.
func TestServeRefusesPathEscapes(t *testing.T) {
	_, url, _ := start(t)
	host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	for _, target := range []string{"/../skillbook.yaml", "/%2e%2e/skillbook.yaml", "/cs/%2E%2E/%2e%2e/skillbook.yaml",
		"/..%5cskillbook.yaml", "/cs\\..\\skillbook.yaml", "//etc/passwd", "/%00", "/content/cs/_index.md"} {
		status, body := rawGet(t, host, target)
		if status != 400 && status != 404 || strings.Contains(body, "title: 测试站") || strings.Contains(body, "root:") {
			t.Errorf("GET %s: %d\n%.200s", target, status, body)
		}
	}
}

func rawGet(t *testing.T, host, target string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, host)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// TestServeHeaders checks content types, gzip and the live-reload script.
func TestServeHeaders(t *testing.T) {
	_, url, _ := start(t)
	for path, want := range map[string]string{
		"":                    "text/html; charset=utf-8",
		"assets/style.css":    "text/css; charset=utf-8",
		"assets/skillbook.js": "text/javascript; charset=utf-8",
		"skillbook.json":      "application/json; charset=utf-8",
		"__skillbook/live.js": "text/javascript; charset=utf-8",
		"no/such/page/":       "text/html; charset=utf-8",
	} {
		req, _ := http.NewRequest("GET", url+path, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Content-Type"); got != want {
			t.Errorf("%s: Content-Type %q, want %q", path, got, want)
		}
		if resp.ContentLength > 0 && resp.Header.Get("Content-Encoding") != "gzip" && path != "skillbook.json" {
			t.Errorf("%s: not gzipped", path)
		}
	}
	if _, body := get(t, url); !strings.Contains(body, `<script src="/__skillbook/live.js" defer></script></body>`) {
		t.Error("the live-reload script is not injected")
	}
}

// TestServeSearchAPI answers /api/search from the live index, an edit
// included, with the JSON of `skillbook search --json`, within a course or
// a kind when asked.
func TestServeSearchAPI(t *testing.T) {
	site, url, _ := start(t)
	_, body := get(t, url+"api/search?q="+neturl.QueryEscape("要点一")+"&limit=5")
	var answer search.Answer
	err := json.Unmarshal([]byte(body), &answer)
	if hits := answer.Results; err != nil || len(hits) != 1 || hits[0].URL != "cs/ch/skill/#牢记要点" ||
		!strings.Contains(hits[0].Snippet, "<mark>要点一</mark>") {
		t.Fatalf("hits %+v (%v) from %s", hits, err, body)
	}
	// course= and kind= search one course's pages, or one kind's.
	for _, c := range []struct {
		only string
		want int
	}{{"&course=cs", 1}, {"&course=other", 0}, {"&kind=skill", 1}, {"&kind=article&course=cs", 0}} {
		_, body := get(t, url+"api/search?q="+neturl.QueryEscape("要点一")+c.only)
		var a search.Answer
		if err := json.Unmarshal([]byte(body), &a); err != nil || len(a.Results) != c.want {
			t.Errorf("%s: %d results, want %d (%v): %s", c.only, len(a.Results), c.want, err, body)
		}
	}
	write(t, filepath.Join(site, "content/cs/ch/01-skill.md"), skill("技能", "新加的内容：倾听客户。"))
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, body = get(t, url+"api/search?q="+neturl.QueryEscape("倾听客户"))
		if strings.Contains(body, "cs/ch/skill/") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the edit is not searchable: %s", body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, q := range []string{"", "，。", strings.Repeat("客", 3000), "<script>"} {
		code, body := get(t, url+"api/search?q="+neturl.QueryEscape(q))
		if code != 200 || !strings.HasPrefix(body, `{"results":[`) {
			t.Errorf("q=%.20q: %d %s", q, code, body)
		}
	}
	// A pinyin slip (倾停 for 倾听) is searched as the page's words, and said so.
	_, body = get(t, url+"api/search?q="+neturl.QueryEscape("倾停客户"))
	var slip search.Answer
	if err := json.Unmarshal([]byte(body), &slip); err != nil || slip.Instead != "倾听客户" || slip.Message != "本站没有“倾停客户”，以下是“倾听客户”的结果" || len(slip.Results) != 1 {
		t.Errorf("倾停客户: %+v (%v) from %s", slip, err, body)
	}
}

// TestServeRefusesMissingFolder: a mistyped site folder is an error at
// once, not a server that shows an error it can never see fixed.
func TestServeRefusesMissingFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "mysitee")
	err := Run(context.Background(), Options{Site: missing, Addr: "127.0.0.1:0", Log: io.Discard})
	want := "no folder " + missing + ": give the folder of your site, which holds skillbook.yaml (or make one with `skillbook new " + missing + "`)"
	if err == nil || err.Error() != want {
		t.Errorf("Run = %v, want %s", err, want)
	}
}

// TestServeSaysPortInUse: a second serve on the same port says what is
// wrong and which port to try, not the system's words.
func TestServeSaysPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	err = Run(context.Background(), Options{Site: t.TempDir(), Addr: addr, Log: io.Discard})
	want := addr + " is in use, perhaps by another skillbook serve: stop it, or serve on another port with --addr " + nextPort(addr)
	if err == nil || err.Error() != want {
		t.Errorf("Run = %v, want %s", err, want)
	}
	if got := nextPort("127.0.0.1:1313"); got != "127.0.0.1:1314" {
		t.Errorf("nextPort(127.0.0.1:1313) = %s", got)
	}
}

// TestServeNothingStaleAfterChange retitles a skill point: the moment the
// change event names the chapter page, the chapter page, the outline and a
// search already show the new title, on the first request, although serve
// renders them after telling the browsers (build.Session.Settle).
func TestServeNothingStaleAfterChange(t *testing.T) {
	site, url, log := start(t)
	events := subscribe(t, url)
	if ev := events.next(t); ev.name != "ready" {
		t.Fatalf("first event %q, want ready", ev.name)
	}
	write(t, filepath.Join(site, "content/cs/ch/01-skill.md"), skill("倾听顾客的技能", "第二版。\n\n## 牢记要点\n\n- 要点一\n- 要点二"))
	ev := events.next(t)
	if ev.name != "change" || !strings.Contains(ev.data, `"cs/ch/index.html"`) || !strings.Contains(ev.data, `"skillbook.json"`) {
		t.Fatalf("event %s %s, want a change naming the chapter page and the outline", ev.name, ev.data)
	}
	for _, path := range []string{"cs/ch/", "skillbook.json", "api/search?q=" + neturl.QueryEscape("倾听顾客")} {
		if body := getBody(t, url+path); !strings.Contains(body, "倾听顾客的技能") {
			t.Errorf("%s, asked for at the change event, is stale:\n%.300s", path, body)
		}
	}
	if !log.await("(the edited page served after ") {
		t.Errorf("terminal lacks the rebuild line:\n%s", log)
	}
}

// TestServeNamesItsFolder: the terminal's first line names the site's
// whole folder, not "." when serve runs in it.
func TestServeNamesItsFolder(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if got := absolute("."); got != wd {
		t.Errorf(`absolute(".") = %q, want %q`, got, wd)
	}
	if got := absolute(filepath.Join("testdata", "..")); got != wd {
		t.Errorf(`absolute("testdata/..") = %q, want %q`, got, wd)
	}
}
