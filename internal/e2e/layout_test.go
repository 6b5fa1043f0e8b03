package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"skillbook/internal/sitetest"
)

// TestLayout checks a page of every kind — of the bundled course opened
// from disk, of the golden fixture's tag pages and of a generated
// 2,000-point site served over http — at 360 and 1280 px: no sideways
// scrolling, no wrapped label or button text, tap targets of at least
// 44 × 44 px on the phone, no layout shift after load (CLS < 0.05), visible
// keyboard focus, and axe-core (WCAG 2.2 AA and best practices) without a
// serious or critical violation in light and dark colours. Without a
// Chinese font it is skipped, except under CI=true where it fails.
func TestLayout(t *testing.T) {
	chineseFont(t)
	axe := axeSource(t)
	ctx, consoleErrors := browser(t)
	start := time.Now()
	t.Run("bundled", func(t *testing.T) {
		out := buildSite(t, repoRoot)
		auditTour(walker{t: t, ctx: ctx, base: "file://" + out + "/", axe: axe}, tourOf(readManifest(t, out)))
	})
	t.Run("tags", func(t *testing.T) {
		out := buildSite(t, sitetest.Extract(t, "../../build/testdata/sites/basic.txtar"))
		w := walker{t: t, ctx: ctx, base: "file://" + out + "/", axe: axe}
		for _, p := range tagPages {
			auditPage(w, p)
		}
	})
	t.Run("generated", func(t *testing.T) {
		out := generatedSites(t, 2000)[0]
		srv := httptest.NewServer(http.FileServer(http.Dir(out)))
		defer srv.Close()
		auditTour(walker{t: t, ctx: ctx, base: srv.URL + "/", axe: axe}, tourOf(readManifest(t, out)))
	})
	t.Logf("checked in %s", time.Since(start).Round(time.Second))
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// auditTour checks every page of the tour: the fresh ones with no progress,
// then the studied ones after study. Opened from disk, the 404 page is left
// out: only a server shows it, at any depth, so its links start at the root.
func auditTour(w walker, tour pageTour) {
	w.open(sitePage{path: "", kind: "home"})
	w.eval(`localStorage.clear()`)
	for _, p := range tour.fresh {
		if p.kind != "404" || !strings.HasPrefix(w.base, "file:") {
			auditPage(w, p)
		}
	}
	tour.study(w)
	for _, p := range tour.studied {
		auditPage(w, p)
	}
	w.eval(`localStorage.clear()`)
}

// auditPage opens the page at each width and reports what is wrong, each
// problem once with the number of elements that have it.
func auditPage(w walker, p sitePage) {
	w.t.Helper()
	for _, width := range []int64{phoneWidth, desktopWidth} {
		w.setWidth(width)
		w.open(p)
		var problems []string
		if cls, moved := w.layoutShift(); cls >= maxCLS {
			problems = append(problems, fmt.Sprintf("layout shift %.3f after load (at most %.2f), moving %s", cls, maxCLS, moved))
		}
		if p.act != nil {
			p.act(w)
		}
		problems = append(problems, w.layoutProblems(width == phoneWidth)...)
		if width == phoneWidth {
			problems = append(problems, w.colourProblems()...)
		} else {
			problems = append(problems, w.focusProblems(8)...)
		}
		for _, problem := range counted(problems) {
			w.t.Errorf("%s at %d px: %s", p.name, width, problem)
		}
	}
}

// counted lists each problem once, in order, with how often it came.
func counted(problems []string) []string {
	n := map[string]int{}
	var out []string
	for _, p := range problems {
		if n[p]++; n[p] == 1 {
			out = append(out, p)
		}
	}
	for i, p := range out {
		if n[p] > 1 {
			out[i] = fmt.Sprintf("%s (×%d)", p, n[p])
		}
	}
	return out
}

// colourProblems runs axe-core in light colours, then its colour rules in
// dark ones, and checks that the dark ones are dark.
func (w walker) colourProblems() []string {
	w.t.Helper()
	found := prefixed("light: ", w.axeProblems("document", axeAll))
	w.colorScheme("dark")
	defer w.colorScheme("light")
	if p := w.eval(darkProblemJS).(string); p != "" {
		found = append(found, p)
	}
	return append(found, prefixed("dark: ", w.axeProblems("document", axeColours))...)
}

func prefixed(prefix string, list []string) []string {
	for i := range list {
		list[i] = prefix + list[i]
	}
	return list
}
