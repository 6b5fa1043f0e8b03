// Package pageweight measures a page's first load in a browser: the bytes
// of the page, its CSS, scripts and the data they load before it settles,
// uncompressed. The page-weight test (internal/e2e) and bench/pageweight
// share it, with the pages of each kind of a generated site
// (internal/corpus) and the budget of issue 19.
package pageweight

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Kind is a page kind of a generated site and the path that opens one.
type Kind struct{ Name, Path string }

// Kinds are a page of each kind of a generated site, by the path that
// opens it.
var Kinds = []Kind{
	{"home", ""},
	{"course", "course-001/"},
	{"chapter", "course-001/chapter-01/"},
	{"skill", "course-001/chapter-01/skill-01/"},
	{"library", "library/"},
	{"article", "library/article-0001/"},
	{"search", "search/"},
	{"progress", "progress/"},
	{"review", "review/"},
	{"drill", "drills/?s=course-001%2Fchapter-01%2Fskill-01%2F"},
	{"practice", "practice/course-001/"},
	{"404", "404.html"},
}

// The budget: a page's first load at most MaxLoad bytes, and at most
// MaxGrowth times the same kind's on a 100-point site.
const (
	MaxLoad   = 150 * 1000
	MaxGrowth = 1.5
)

// Within says whether a first load of large bytes meets the budget, small
// being the same kind's on a 100-point site.
func Within(small, large int) bool {
	return large <= MaxLoad && float64(large) <= MaxGrowth*float64(small)
}

// SiteLoads measures the first load of a page of every kind of the site
// served at root (ending in "/"), with the browser's cache off and no
// progress recorded (localStorage is cleared after each page).
func SiteLoads(ctx context.Context, root string) (map[string]int, error) {
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true})
		return err
	}))
	if err != nil {
		return nil, err
	}
	loads := map[string]int{}
	for _, k := range Kinds {
		if loads[k.Name], err = FirstLoad(ctx, root+k.Path); err != nil {
			return nil, err
		}
		if err := ClearProgress(ctx); err != nil {
			return nil, err
		}
	}
	return loads, nil
}

// ClearProgress forgets the progress the pages opened so far recorded.
func ClearProgress(ctx context.Context) error {
	_, err := chromedp.Run(ctx, chromedp.Evaluate[any]("localStorage.clear()"))
	return err
}

// FirstLoad opens url and, once the page and what it loads have come
// (the document complete and no new resource for 300 ms), sums the bytes
// of the document and of every resource it loaded (decoded, as the
// browser holds them).
func FirstLoad(ctx context.Context, url string) (int, error) {
	const settled = `new Promise(done => {
		let last = -1;
		const check = () => {
			const n = performance.getEntriesByType("resource").length;
			if (document.readyState === "complete" && n === last) return done(true);
			last = n;
			setTimeout(check, 300);
		};
		check();
	})`
	const sum = `performance.getEntriesByType("navigation")[0].decodedBodySize +
		performance.getEntriesByType("resource").reduce((n, r) => n + r.decodedBodySize, 0)`
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body")))
	if err == nil {
		_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](settled, chromedp.EvalAwaitPromise))
	}
	var bytes int
	if err == nil {
		bytes, err = chromedp.Run(ctx, chromedp.Evaluate[int](sum))
	}
	if err != nil {
		return 0, fmt.Errorf("%s: %w", url, err)
	}
	return bytes, nil
}
