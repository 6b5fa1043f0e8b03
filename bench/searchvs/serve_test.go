package main

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestFaviconNotCounted: the browser's own request for /favicon.ico is
// neither a request nor bytes of a query; a page's file is both.
func TestFaviconNotCounted(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.js"), []byte("var a = 1;"), 0o644); err != nil {
		t.Fatal(err)
	}
	url, stop, err := serveGzip(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	get := func(path string) {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	before, beforeBytes := requests.Load(), served.Load()
	get("/favicon.ico")
	if n, b := requests.Load()-before, served.Load()-beforeBytes; n != 0 || b != 0 {
		t.Errorf("/favicon.ico counted: %d requests, %d bytes", n, b)
	}
	get("/a.js")
	if n, b := requests.Load()-before, served.Load()-beforeBytes; n != 1 || b == 0 {
		t.Errorf("/a.js: %d requests, %d bytes; want 1 request and its bytes", n, b)
	}
}

// TestSettleWaitsForLateRequests: what a page asks for after its load
// event (its icon) is counted before settle returns, so with the page and
// not with its first query.
func TestSettleWaitsForLateRequests(t *testing.T) {
	start := requests.Load()
	go func() {
		for range 3 {
			time.Sleep(120 * time.Millisecond)
			requests.Add(1)
		}
	}()
	settle()
	if n := requests.Load() - start; n != 3 {
		t.Errorf("settle returned after %d of the page's 3 late requests", n)
	}
}
