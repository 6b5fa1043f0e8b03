package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"skillbook/build"
	"skillbook/internal/search"
)

func runSearch(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("search", "[--site DIR] [--json] [--limit N] QUERY", `  skillbook search 培训目标            ranked results for 培训目标
  skillbook search --json --limit 3 客  the three best pages containing 客, as JSON`, stdout, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	asJSON := fs.Bool("json", false, "print a JSON array of {url, title, snippet, score, kind, course}")
	limit := fs.Int("limit", 10, "how many results at most")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if *limit < 1 {
		fmt.Fprintf(stderr, "skillbook search: --limit %d shows nothing: give 1 or more (default 10)\n", *limit)
		return 2
	}
	res := build.Build(build.Options{SiteDir: *site})
	if res.Diags.HasErrors() {
		printDiags(stderr, res.Diags)
		return 1
	}
	defer res.Search.Close()
	hits, err := res.Search.Search(context.Background(), strings.Join(fs.Args(), " "), *limit)
	if err != nil {
		fmt.Fprintf(stderr, "skillbook search: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		_ = enc.Encode(hits)
		return 0
	}
	printHits(stdout, hits)
	return 0
}

var markTags = regexp.MustCompile(`</?mark>`)

// printHits shows results for a terminal: the title, the URL path, and the
// snippet with the matches in [brackets].
func printHits(w io.Writer, hits []search.Result) {
	if len(hits) == 0 {
		fmt.Fprintln(w, "no results")
		return
	}
	for i, h := range hits {
		snippet := markTags.ReplaceAllStringFunc(h.Snippet, func(tag string) string {
			if tag == "<mark>" {
				return "["
			}
			return "]"
		})
		fmt.Fprintf(w, "%d. %s  /%s\n   %s\n", i+1, h.Title, h.URL, unescape(snippet))
	}
}

func unescape(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&amp;", "&").Replace(s)
}
