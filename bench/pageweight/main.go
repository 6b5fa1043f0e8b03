// Command pageweight measures the first load of a page of every kind of
// two built generated sites in headless Chromium (internal/pageweight, as
// the page-weight test measures it) and prints, per kind, the site's bytes
// beside the base site's (a 100-point site for issue 19's budget):
//
//	pageweight -base DIR -site DIR
//	page weight home: 91769 bytes, base 65141 bytes (1.41 ×)
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"

	"skillbook/bench/internal/chromium"
	"skillbook/internal/pageweight"
)

func main() {
	base := flag.String("base", "", "the built base site (100 skill points)")
	site := flag.String("site", "", "the built site measured")
	flag.Parse()
	if *base == "" || *site == "" {
		fmt.Fprintln(os.Stderr, "usage: pageweight -base DIR -site DIR")
		os.Exit(2)
	}
	if err := run(*base, *site); err != nil {
		fmt.Fprintln(os.Stderr, "pageweight:", err)
		os.Exit(1)
	}
}

func run(base, site string) error {
	ctx, stop, err := chromium.Start()
	if err != nil {
		return err
	}
	defer stop()
	small, err := loads(ctx, base)
	if err != nil {
		return err
	}
	large, err := loads(ctx, site)
	if err != nil {
		return err
	}
	for _, k := range pageweight.Kinds {
		s, l := small[k.Name], large[k.Name]
		fmt.Printf("page weight %s: %d bytes, base %d bytes (%.2f ×)\n", k.Name, l, s, float64(l)/float64(s))
	}
	return nil
}

// loads serves a built site over http and measures every page kind's
// first load.
func loads(ctx context.Context, dir string) (map[string]int, error) {
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()
	return pageweight.SiteLoads(ctx, srv.URL+"/")
}
