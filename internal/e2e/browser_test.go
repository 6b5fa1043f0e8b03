package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"skillbook/build"
	"skillbook/internal/manifest"
)

// repoRoot is the bundled site: the repository root.
const repoRoot = "../.."

// browser starts headless Chromium and returns a context for one tab, and a
// function that returns the console errors the pages logged since its last call.
// Without Chromium the test is skipped, except under CI=true where it fails.
func browser(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("Chromium not found (CI=true): install it with `apt-get install chromium` or run `make test`")
		}
		t.Skip("Chromium not found: `make test` installs it")
	}
	ctx := startChromium(t, path)
	var mu sync.Mutex
	var errs []string
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				mu.Lock()
				errs = append(errs, m.String()+" at "+m.URL)
				mu.Unlock()
			}
		}
	}()
	return ctx, func() []string {
		time.Sleep(100 * time.Millisecond) // let the last events arrive
		mu.Lock()
		defer mu.Unlock()
		found := errs
		errs = nil
		return found
	}
}

// startAttempts is how many times startChromium starts Chromium before it
// gives up: a browser that exits before it listens (seen once in a CI run,
// with nothing but the usual D-Bus messages on its stderr) is tried again
// rather than failing a test that has not begun.
const startAttempts = 3

// startChromium starts headless Chromium with a profile of its own and
// returns a context for its first tab, stopped when the test ends.
func startChromium(t *testing.T, path string) context.Context {
	t.Helper()
	var err error
	for attempt := 1; attempt <= startAttempts; attempt++ {
		opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path),
			chromedp.UserDataDir(t.TempDir()), chromedp.Flag("disable-gpu", true))
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		ctx, cancelTimeout := context.WithTimeout(ctx, 8*time.Minute)
		stop := func() { cancelTimeout(); cancelCtx(); cancelAlloc() }
		if err = chromedp.Do(ctx, chromedp.Navigate("about:blank")); err == nil {
			t.Cleanup(stop)
			return ctx
		}
		stop()
		t.Logf("starting Chromium, attempt %d of %d: %v", attempt, startAttempts, err)
	}
	t.Fatalf("starting Chromium: %v", err)
	return nil
}

func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// axeSource returns axe-core's script, installed by npm for the tests.
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("axe-core missing (CI=true): run `npm ci`: %v", err)
		}
		t.Skip("axe-core missing: `make test` installs it")
	}
	return string(b)
}

// buildSite builds the site into a new folder and returns it; errors fail
// the test.
func buildSite(t *testing.T, site string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	if res := build.Build(build.Options{SiteDir: site, OutDir: out}); res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	return out
}

// freshSkillVisit builds the bundled course and opens from disk, with no
// progress stored, the skill point at index skill of chapter chapter of its
// first course. It returns the walker on that page, the skill point, and
// the function that returns the console errors logged since its last call.
func freshSkillVisit(t *testing.T, chapter, skill int) (walker, manifest.Skill, func() []string) {
	t.Helper()
	out := buildSite(t, repoRoot)
	s := readManifest(t, out).Courses[0].Chapters[chapter].Skills[skill]
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.freshVisit(w.base+s.URL, "skill")
	return w, s, consoleErrors
}

// uncached serves h's files with Cache-Control: no-store: a test that
// builds again into the same folder within a second would otherwise be
// answered 304 Not Modified (modification times count in seconds) and see
// the page it had before.
func uncached(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// fromDiskAndHTTP runs check on the built site in out twice, as subtests:
// opened from disk and served over http. Each run fails on console errors.
func fromDiskAndHTTP(t *testing.T, out string, check func(t *testing.T, w walker)) {
	t.Helper()
	ctx, consoleErrors := browser(t)
	srv := httptest.NewServer(uncached(http.FileServer(http.Dir(out))))
	defer srv.Close()
	axe := axeSource(t)
	for _, base := range []string{"file://" + out + "/", srv.URL + "/"} {
		t.Run(strings.SplitN(base, ":", 2)[0], func(t *testing.T) {
			check(t, walker{t: t, ctx: ctx, base: base, axe: axe})
			if errs := consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}
