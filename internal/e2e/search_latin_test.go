package e2e

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"skillbook/build"
	"skillbook/internal/search"
	"skillbook/internal/sitetest"
)

// latinPage is a skill point of English text long enough that snippets
// are cut, and that names manuals and a manual; its tag is in its text
// nowhere else.
const latinPage = `---
title: Handling a complaint
tags: [escalation]
---
## Description

Listen to the whole complaint before you answer. Thank the customer for telling you, say what you will do next and by when, then keep the promise. Write down what happened in the complaints log so that the team learns from it. The service manuals describe each step again in detail.

## Key points

- Listen without interrupting the caller
- Apologise for the trouble, not for the company
- Check the manual before promising a refund
`

// TestSearchLatinSnippets asks Latin queries of an English site in Go and
// in the browser: the same pages with the same snippets, each starting and
// ending between words; a plural finds the singular.
func TestSearchLatinSnippets(t *testing.T) {
	const english = "../../build/testdata/sites/english.txtar"
	fixture, err := os.ReadFile(english)
	if err != nil {
		t.Fatal(err)
	}
	site := sitetest.Extract(t, english)
	sitetest.WriteFile(t, filepath.Join(site, "content", "support", "01-phone", "02-complaint.md"), []byte(latinPage))
	out := filepath.Join(t.TempDir(), "public")
	res := build.Build(build.Options{SiteDir: site, OutDir: out})
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	ctx, consoleErrors := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+out+"/index.html"), chromedp.WaitVisible(chromedp.CSS("body.kind-home"))); err != nil {
		t.Fatal(err)
	}
	queries := []string{"customer", "complaint", "promise", "team learns", "refund", "caller", "detail", "manual", "interrupting",
		"manuals", "refunds", "promises", "callers", "Check the manuals", "refund escalation"}
	js := jsAsk(t, ctx, queries, search.Filter{})
	tags := regexp.MustCompile(`</?mark>`)
	found := 0
	for i, q := range queries {
		want, err := res.Search.Ask(context.Background(), q, 10)
		if err != nil {
			t.Fatal(err)
		}
		if err := sameAnswer(want, js[i]); err != nil {
			t.Errorf("query %q: %v", q, err)
		}
		for _, r := range want.Results {
			found++
			text := tags.ReplaceAllString(r.Snippet, "")
			if cut := cutWords(text, string(fixture)+latinPage); len(cut) > 0 {
				t.Errorf("query %q: the snippet %q cuts the words %q", q, text, cut)
			}
		}
	}
	// A word in a tag alone is not left out of the page that has the tag.
	if a, _ := res.Search.Ask(context.Background(), "refund escalation", 10); len(a.Results) == 0 || len(a.Dropped) != 0 {
		t.Errorf("refund escalation: %+v, want results that leave nothing out", a)
	}
	// Plurals: each finds the page that has the word only in the singular.
	for _, q := range []string{"refunds", "callers"} {
		want, _ := res.Search.Ask(context.Background(), q, 10)
		if !slices.ContainsFunc(want.Results, func(r search.Result) bool { return strings.HasPrefix(r.URL, "support/phone/complaint/") }) {
			t.Errorf("%q finds %v, want the complaint page", q, want.Results)
		}
	}
	if found < len(queries) {
		t.Fatalf("%d queries found %d results", len(queries), found)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// cutWords names the first and last words of a snippet (marks and … left
// out) that are not whole words of the site's text.
func cutWords(snippet, siteText string) []string {
	words := strings.Fields(strings.Trim(snippet, "…"))
	if len(words) == 0 {
		return nil
	}
	var cut []string
	for _, w := range []string{words[0], words[len(words)-1]} {
		w = strings.Trim(w, ".,:;!?")
		if !regexp.MustCompile(`(^|[^\pL])` + regexp.QuoteMeta(w) + `([^\pL]|$)`).MatchString(siteText) {
			cut = append(cut, w)
		}
	}
	return cut
}
