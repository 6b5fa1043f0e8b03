package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"skillbook/build"
	"skillbook/internal/corpus"
	"skillbook/internal/pageweight"
)

// The sites measured: smallPoints and largePoints skill points, and the
// size the budget is for, to which a page kind's growth between them is
// projected.
const (
	smallPoints  = 100
	largePoints  = 2000
	weightPoints = 10000
)

// TestPageWeight opens a page of every kind on generated sites of 100 and
// 2,000 skill points and fails when one's first load passes the budget, or
// grows with the site: at 2,000 points, and at 10,000 as the growth from
// 100 to 2,000 goes on in proportion to the skill points (a page that
// grows by a card per course was 1.19 × at 2,000 points and 1.59 × at
// 10,000). (What a query costs is the search export's budget: the search
// page is opened without one.) The two sites are generated and built side
// by side, then measured in one browser.
func TestPageWeight(t *testing.T) {
	start := time.Now()
	sites := generatedSites(t, smallPoints, largePoints)
	built := time.Since(start)
	ctx, consoleErrors := browser(t)
	small, large := siteLoads(t, ctx, sites[0]), siteLoads(t, ctx, sites[1])
	var report strings.Builder
	for _, k := range pageweight.Kinds {
		s, l := small[k.Name], large[k.Name]
		b := s + (l-s)*(weightPoints-smallPoints)/(largePoints-smallPoints)
		fmt.Fprintf(&report, "%-9s %8d %8d  %.2f×  %8d  %.2f×\n", k.Name, s, l, float64(l)/float64(s), b, float64(b)/float64(s))
		for _, at := range []struct {
			load  int
			where string
		}{{l, "at 2,000 skill points"}, {b, "at 10,000 skill points as it grows from 100 to 2,000"}} {
			if !pageweight.Within(s, at.load) {
				t.Errorf("%s page: first load %d bytes %s, %d at 100 (budget %d bytes and %.1f×)", k.Name, at.load, at.where, s, pageweight.MaxLoad, pageweight.MaxGrowth)
			}
		}
	}
	t.Logf("first load in bytes at 100 and 2,000 skill points, and at 10,000 as growth goes on:\n%s", report.String())
	t.Logf("generating and building both sites: %s; measuring: %s", built.Round(time.Second), (time.Since(start) - built).Round(time.Second))
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// generatedSites returns the output folders of generated sites of the given
// numbers of skill points, in order. A site is generated and built once per
// test run, the missing ones side by side, and shared by every test that
// asks for it (they only read it).
func generatedSites(t *testing.T, sizes ...int) []string {
	builtSites.Lock()
	defer builtSites.Unlock()
	if builtSites.dir == "" {
		dir, err := os.MkdirTemp("", "skillbook-e2e-")
		if err != nil {
			t.Fatal(err)
		}
		builtSites.dir, builtSites.outs = dir, map[int]string{}
	}
	errs := make([]error, len(sizes))
	var wg sync.WaitGroup
	for i, n := range sizes {
		if _, done := builtSites.outs[n]; done {
			continue
		}
		site, out := filepath.Join(builtSites.dir, fmt.Sprint("site-", n)), filepath.Join(builtSites.dir, fmt.Sprint("public-", n))
		wg.Go(func() { errs[i] = generatedSite(site, out, n) })
	}
	wg.Wait()
	outs := make([]string, len(sizes))
	for i, n := range sizes {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		outs[i] = filepath.Join(builtSites.dir, fmt.Sprint("public-", n))
		builtSites.outs[n] = outs[i]
	}
	return outs
}

// builtSites holds the generated sites of this test run; TestMain removes
// its folder at the end.
var builtSites struct {
	sync.Mutex
	dir  string
	outs map[int]string
}

// generatedSite generates a site of n skill points in site and builds it
// into out.
func generatedSite(site, out string, n int) error {
	if err := corpus.Write(site, corpus.DefaultShape(n)); err != nil {
		return err
	}
	if res := build.Build(build.Options{SiteDir: site, OutDir: out}); res.Diags.HasErrors() {
		return fmt.Errorf("building %d skill points: %v", n, res.Diags)
	}
	return nil
}

// siteLoads serves a built site over http and measures every page kind's
// first load.
func siteLoads(t *testing.T, ctx context.Context, out string) map[string]int {
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	loads, err := pageweight.SiteLoads(ctx, srv.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	outlineOnDemand(t, ctx, srv.URL+"/")
	return loads
}

// outlineOnDemand: once a trainee has opened a skill point of the first
// course, the home page shows every course's progress and, like 我的进度
// and 复习, loads that course's outline script and no other.
func outlineOnDemand(t *testing.T, ctx context.Context, root string) {
	const loaded = `performance.getEntriesByType("resource").map(r => r.name).filter(n => /skillbook-outline\/\d+\.js$/.test(n)).map(n => n.replace(/.*\//, "")).join(" ")`
	const bars = `[document.querySelectorAll(".home-courses [data-id]").length, document.querySelectorAll(".home-courses [data-id] progress").length]`
	firstLoad(t, ctx, root+"course-001/chapter-01/skill-01/")
	for _, path := range []string{"", "progress/", "review/"} {
		firstLoad(t, ctx, root+path)
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](loaded))
		if err != nil {
			t.Fatal(err)
		}
		if got != "0.js" {
			t.Errorf("/%s loaded the outline scripts %q, want 0.js (the first course's) alone", path, got)
		}
		if path != "" {
			continue
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](bars))
		if err != nil {
			t.Fatal(err)
		}
		if n[0] == 0 || n[1] != n[0] {
			t.Errorf("home page: %d courses (cards and rows), %d with a progress bar; want a bar on each", n[0], n[1])
		}
	}
	if err := pageweight.ClearProgress(ctx); err != nil {
		t.Fatal(err)
	}
}

// firstLoad opens url and returns its first load in bytes
// (pageweight.FirstLoad).
func firstLoad(t *testing.T, ctx context.Context, url string) int {
	bytes, err := pageweight.FirstLoad(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	return bytes
}
