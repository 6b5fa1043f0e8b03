package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"skillbook/internal/search"
)

// TestSearchPackedFiles asks the bundled course's search the same queries
// four ways — from disk and over http under a sub-path, each in a browser
// with DecompressionStream and in one without (older browsers, where
// search.js loads assets/search-inflate.js to inflate the export's files)
// — and wants the same answers every way, and the fallback loaded only
// where DecompressionStream is missing. (TestSearchParity holds the
// answers to bleve's.)
func TestSearchPackedFiles(t *testing.T) {
	out := buildSite(t, repoRoot)
	var mu sync.Mutex
	var requested []string
	files := http.StripPrefix("/sub", http.FileServer(http.Dir(out)))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		requested = append(requested, r.URL.Path)
		mu.Unlock()
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	queries := []string{"客", "培训", "客户服务", "投诉处理流程", "ISO9001", "陪训员工", "不存在的词语组合"}
	var want []search.Answer
	for _, fallback := range []bool{false, true} {
		ctx, consoleErrors := browser(t)
		if fallback {
			withoutDecompressionStream(t, ctx)
		}
		for _, base := range []string{"file://" + out + "/index.html", srv.URL + "/sub/"} {
			mu.Lock()
			requested = nil
			mu.Unlock()
			if err := chromedp.Do(ctx, chromedp.Navigate(base), chromedp.WaitVisible(chromedp.CSS("body.kind-home"))); err != nil {
				t.Fatal(err)
			}
			got := jsAsk(t, ctx, queries, search.Filter{})
			inflater, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!!Skillbook._inflate`))
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			fetched := slices.Contains(requested, "/sub/assets/search-inflate.js")
			mu.Unlock()
			if inflater != fallback || (strings.HasPrefix(base, "http") && fetched != fallback) {
				t.Errorf("%s, DecompressionStream removed %v: search-inflate.js loaded %v (fetched over http %v)", base, fallback, inflater, fetched)
			}
			if want == nil {
				want = got
				if n := len(got[0].Results) + len(got[1].Results) + len(got[2].Results); n < 15 {
					t.Fatalf("only %d results for %v", n, queries[:3])
				}
			} else if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, DecompressionStream removed %v: answers differ:\n got  %+v\n want %+v", base, fallback, got, want)
			}
		}
		if errs := consoleErrors(); len(errs) > 0 {
			t.Errorf("console errors: %v", errs)
		}
	}
}

// withoutDecompressionStream makes the browser of ctx one without
// DecompressionStream, as before Chromium 80 (raw deflate: before 103).
func withoutDecompressionStream(t *testing.T, ctx context.Context) {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `delete window.DecompressionStream;`,
		})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
}
