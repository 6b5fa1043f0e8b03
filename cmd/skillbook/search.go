package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"skillbook/build"
	"skillbook/internal/render"
	"skillbook/internal/search"
)

func runSearch(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("search", "[--site DIR] [--json] [--limit N] QUERY", `  skillbook search 培训目标            ranked results for 培训目标
  skillbook search --json --limit 3 客  the three best pages containing 客, as JSON`, stdout, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	asJSON := fs.Bool("json", false, "print JSON: {results: [{url, title, snippet, score, kind, course}], instead, message, dropped, suggestions}")
	limit := fs.Int("limit", 10, "how many results at most")
	words, code := parseArgs(fs, args)
	if code >= 0 {
		return code
	}
	if len(words) == 0 {
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
	query := strings.Join(words, " ")
	answer, err := res.Search.Ask(context.Background(), query, *limit)
	if err != nil {
		fmt.Fprintf(stderr, "skillbook search: %v\n", err)
		return 1
	}
	lang := res.Site.Config.Language
	if answer.Instead != "" {
		answer.Message = render.Label(lang, "search_instead", query, answer.Instead)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		_ = enc.Encode(answer)
		return 0
	}
	printAnswer(stdout, answer, lang)
	return 0
}

// printAnswer shows an answer for a terminal: the query searched instead,
// the results, the words they leave out, or the pages suggested.
func printAnswer(w io.Writer, a search.Answer, lang string) {
	if a.Message != "" {
		fmt.Fprintln(w, a.Message)
	}
	printHits(w, a.Results)
	if len(a.Results) > 0 && len(a.Dropped) > 0 {
		fmt.Fprintln(w, render.Label(lang, "search_dropped", strings.Join(a.Dropped, " ")))
	}
	if len(a.Suggestions) > 0 {
		fmt.Fprintln(w, render.Label(lang, "search_suggest"))
		for i, s := range a.Suggestions {
			fmt.Fprintf(w, "%d. %s  /%s\n   %s\n", i+1, s.Title, s.URL, terminalSnippet(s.Snippet))
		}
	}
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
		fmt.Fprintf(w, "%d. %s  /%s\n   %s\n", i+1, h.Title, h.URL, terminalSnippet(h.Snippet))
	}
}

// terminalSnippet is a snippet as text, the matches in [brackets].
func terminalSnippet(snippet string) string {
	return unescape(markTags.ReplaceAllStringFunc(snippet, func(tag string) string {
		if tag == "<mark>" {
			return "["
		}
		return "]"
	}))
}

func unescape(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&amp;", "&").Replace(s)
}
