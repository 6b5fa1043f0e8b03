// Command servecheck compares what a running `skillbook serve` serves with
// a full build of the same site, file by file:
//
//	servecheck -site DIR -url http://127.0.0.1:1313/
//
// Every file of the full build is fetched (the live-reload script that
// serve adds to pages taken out); any that differs or is missing is named,
// and the command exits 1. Run it after a benchmark's saves, once serve has
// rebuilt after the last.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"skillbook/build"
)

// liveTag is the script tag serve puts before </body>.
const liveTag = `<script src="/__skillbook/live.js" defer></script>`

func main() {
	site := flag.String("site", ".", "the site's folder")
	base := flag.String("url", "http://127.0.0.1:1313/", "where serve serves it")
	flag.Parse()
	start := time.Now()
	res := build.Build(build.Options{SiteDir: *site})
	if res.Diags.HasErrors() {
		fail(fmt.Errorf("the full build failed:\n%s", res.Diags))
	}
	built := time.Since(start)
	bad := 0
	for _, f := range res.Files {
		want := f.Data
		if f.From != "" {
			continue // copied as is from the site
		}
		got, err := fetch(*base + escape(f.Path))
		if err == nil && strings.HasSuffix(f.Path, ".html") {
			got = bytes.Replace(got, []byte(liveTag), nil, 1)
		}
		if err != nil || !bytes.Equal(got, want) {
			bad++
			if bad <= 20 {
				fmt.Printf("differs: %s (%v)\n", f.Path, err)
			}
		}
	}
	fmt.Printf("servecheck: %d of %d files differ from a full build (built in %.1f s)\n", bad, len(res.Files), built.Seconds())
	if bad > 0 {
		os.Exit(1)
	}
}

// escape makes an output path a URL path.
func escape(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}

func fetch(u string) ([]byte, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s", resp.Status)
	}
	return io.ReadAll(resp.Body)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "servecheck:", err)
	os.Exit(1)
}
