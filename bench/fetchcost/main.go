// Command fetchcost measures what a request costs a page in headless
// Chromium on this machine, whichever engine asks for it: the floor under
// a static search's latency, which fetches a file for each result it shows
// (Skillbook's packs, Pagefind's fragments). It serves a built site on
// loopback, opens its search page and times -n of the export's packs
// (search/d/) fetched one after another, the same files again from the
// browser's cache, others by XMLHttpRequest and as <script> elements, and
// -n more all at once; it prints the milliseconds per file of each.
//
//	fetchcost -site DIR [-n 20] [-runs 3]
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"

	"github.com/chromedp/chromedp"

	"skillbook/bench/internal/chromium"
)

//go:embed cost.js
var costJS string

func main() {
	site := flag.String("site", "", "a built Skillbook site")
	n := flag.Int("n", 20, "files per way of asking")
	runs := flag.Int("runs", 3, "runs, each in a fresh browser")
	flag.Parse()
	if *site == "" {
		fmt.Fprintln(os.Stderr, "usage: fetchcost -site DIR [-n 20] [-runs 3]")
		os.Exit(2)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	go http.Serve(ln, http.FileServer(http.Dir(*site)))
	for i := 0; i < *runs; i++ {
		out, err := measure("http://"+ln.Addr().String()+"/search/", *n, i)
		if err != nil {
			fail(err)
		}
		fmt.Println(out)
	}
}

// measure runs cost.js in a fresh browser on the site's search page; each
// run asks other files, so that none comes from an earlier run's cache.
func measure(page string, n, run int) (string, error) {
	ctx, stop, err := chromium.Start()
	if err != nil {
		return "", err
	}
	defer stop()
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		return "", err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf("(%s)(%d, %d)", costJS, n, 5*n*run), chromedp.EvalAwaitPromise))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "fetchcost:", err)
	os.Exit(1)
}
