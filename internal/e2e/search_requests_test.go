package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"github.com/chromedp/chromedp"

	"skillbook/internal/corpus"
)

// TestSearchRequestBudget asks a generated site's one- and two-character
// queries and key points cold (the page just loaded, nothing cached) over
// http and counts the search files each fetches, results shown included:
// at most 20 for a query of up to 8 characters, at most 40 for any
// (issue 19). A one-character query stands for every term that holds the
// character; its first results are in the character's shard.
func TestSearchRequestBudget(t *testing.T) {
	site := t.TempDir()
	if err := corpus.Write(site, corpus.DefaultShape(150)); err != nil {
		t.Fatal(err)
	}
	out := buildSite(t, site)
	var fetched atomic.Int64
	files := http.FileServer(http.Dir(out))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/search/") && strings.HasSuffix(r.URL.Path, ".js") {
			fetched.Add(1)
		}
		w.Header().Set("Cache-Control", "no-store")
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	ctx, consoleErrors := browser(t)
	b, err := os.ReadFile(filepath.Join(site, corpus.QueryFile))
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for line := range strings.Lines(string(b)) {
		f := strings.Split(line, "\t")
		if len(f) != 3 || (f[0] != "han1" && f[0] != "han2" && f[0] != "keypoint") {
			continue
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("body.kind-home"))); err != nil {
			t.Fatal(err)
		}
		before := fetched.Load()
		expr := fmt.Sprintf(`Skillbook.search(%q, {limit: 10}).then(r => JSON.stringify(r.length))`, f[1])
		n, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		asked++
		budget := 40
		if utf8.RuneCountInString(f[1]) <= 8 {
			budget = 20
		}
		if got := fetched.Load() - before; got > int64(budget) || n == "0" {
			t.Errorf("%s query %q: %d requests (budget %d), %s results", f[0], f[1], got, budget, n)
		}
	}
	if asked < 30 {
		t.Fatalf("only %d queries asked", asked)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
