package serve

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"skillbook/internal/sitetest"
)

// loadSize is how hard TestServeUnderLoad pushes: live-reload clients,
// concurrent requesters, saves and the seconds they are spread over.
type loadSize struct{ clients, requesters, saves int }

// TestServeUnderLoad keeps live-reload clients connected and requesters
// asking for pages and /api/search while saves land, every tenth of them
// breaking the site, all against 127.0.0.1. No request may fail, every page
// must be a whole page of a good build, every client must be told of the
// last save, and goroutines and heap must come back to where they were.
// SKILLBOOK_LONG=1 runs the full size: 200 clients, 500 requesters, 100
// saves in 10 seconds.
func TestServeUnderLoad(t *testing.T) {
	size, spread := loadSize{clients: 40, requesters: 60, saves: 20}, 3*time.Second
	if os.Getenv("SKILLBOOK_LONG") != "" {
		size, spread = loadSize{clients: 200, requesters: 500, saves: 100}, 10*time.Second
	}
	site := sitetest.Extract(t, "testdata/site.txtar")
	log := &syncBuffer{}
	url := serveSite(t, site, log)
	baseGoroutines, baseHeap := settle(0)

	ctx, stop := context.WithCancel(context.Background())
	clients := startClients(t, ctx, url, size.clients)
	var served, failed atomic.Int64
	var wg sync.WaitGroup
	for i := range size.requesters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			request(ctx, url, i, &served, &failed, t)
		}()
	}
	lastSave := save(t, site, url, size.saves, spread)
	for i, c := range clients {
		if !c.changedAfter(lastSave, 20*time.Second) {
			t.Errorf("client %d was not told of the last save", i)
		}
	}
	stop()
	wg.Wait()
	http.DefaultClient.CloseIdleConnections()
	goroutines, heap := settle(baseGoroutines)
	t.Logf("%d clients, %d requesters, %d saves in %v: %d requests served, %d failed; goroutines %d → %d, heap %d → %d KiB",
		size.clients, size.requesters, size.saves, spread, served.Load(), failed.Load(), baseGoroutines, goroutines, baseHeap>>10, heap>>10)
	if failed.Load() > 0 {
		t.Errorf("%d of %d requests failed", failed.Load(), served.Load()+failed.Load())
	}
	if goroutines > baseGoroutines+2 {
		t.Errorf("goroutines did not come back: %d, were %d", goroutines, baseGoroutines)
	}
	if heap > baseHeap+32<<20 {
		t.Errorf("heap did not come back: %d KiB, was %d KiB", heap>>10, baseHeap>>10)
	}
}

// settle collects garbage until the goroutines are down to want (or five
// seconds pass) and returns their number and the heap in use.
func settle(want int) (int, uint64) {
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > want && want > 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return runtime.NumGoroutine(), m.HeapAlloc
}

// save writes n versions of the skill point over spread, every tenth one
// broken, then — once the server has settled — the last one, and returns
// when that was written.
func save(t *testing.T, site, url string, n int, spread time.Duration) time.Time {
	file := filepath.Join(site, "content/cs/ch/01-skill.md")
	for i := 1; i < n; i++ {
		text := skillVersion(i)
		if i%10 == 0 {
			text = "---\ntitle: [broken\n---\n"
		}
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		time.Sleep(spread / time.Duration(n))
	}
	waitForText(t, url+"cs/ch/skill/", fmt.Sprintf("第%d版", n-1))
	time.Sleep(500 * time.Millisecond) // no rebuild in flight
	at := time.Now()
	if err := os.WriteFile(file, []byte(skillVersion(n)), 0o644); err != nil {
		t.Fatal(err)
	}
	waitForText(t, url+"cs/ch/skill/", fmt.Sprintf("第%d版", n))
	return at
}

func skillVersion(i int) string {
	return fmt.Sprintf("---\ntitle: 技能\n---\n## 技能描述\n\n第%d版。\n\n## 牢记要点\n\n- 要点一\n- 要点二\n", i)
}

func waitForText(t *testing.T, url, text string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(url); err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(body), text) {
				return
			}
		}
	}
	t.Fatalf("%s never showed %s", url, text)
}

var loadPaths = []string{"", "cs/", "cs/ch/", "cs/ch/skill/", "search/", "api/search?q=技能", "api/search?q=要点&limit=5", "assets/style.css"}

// request asks for pages and searches until ctx ends. A page must be whole
// and from a good build: a broken save never shows.
func request(ctx context.Context, url string, i int, served, failed *atomic.Int64, t *testing.T) {
	for n := i; ctx.Err() == nil; n++ {
		path := loadPaths[n%len(loadPaths)]
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			failed.Add(1)
			t.Logf("%s: %v", path, err)
			continue
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		ok := err == nil && resp.StatusCode == http.StatusOK
		if path == "cs/ch/skill/" {
			ok = ok && strings.Contains(string(body), "版。") && strings.Contains(string(body), "</html>")
		}
		if !ok && ctx.Err() == nil {
			failed.Add(1)
			t.Logf("%s: %d %v %.200s", path, resp.StatusCode, err, body)
			continue
		}
		served.Add(1)
	}
}

// liveClient is a page open in a browser: it listens to the event stream
// and notes when it was last told to reload.
type liveClient struct {
	mu      sync.Mutex
	changed time.Time
}

func startClients(t *testing.T, ctx context.Context, url string, n int) []*liveClient {
	clients := make([]*liveClient, n)
	for i := range clients {
		c := &liveClient{}
		clients[i] = c
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+"__skillbook/events", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("client %d: %v", i, err)
		}
		lines := bufio.NewScanner(resp.Body)
		if !lines.Scan() || lines.Text() != "event: ready" {
			t.Fatalf("client %d: no ready event: %q", i, lines.Text())
		}
		go func() {
			defer resp.Body.Close()
			for lines.Scan() {
				if lines.Text() == "event: change" {
					c.mu.Lock()
					c.changed = time.Now()
					c.mu.Unlock()
				}
			}
		}()
	}
	return clients
}

// changedAfter waits up to wait for a reload told after at.
func (c *liveClient) changedAfter(at time.Time, wait time.Duration) bool {
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		c.mu.Lock()
		ok := c.changed.After(at)
		c.mu.Unlock()
		if ok {
			return true
		}
	}
	return false
}
