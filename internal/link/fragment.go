package link

import (
	"net/url"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/diag"
)

// Anchors maps the place in the output of every page whose Markdown is
// parsed to the ids of its headings, which a link's #fragment names.
func Anchors(site *content.Site) map[string][]string {
	anchors := map[string][]string{}
	for _, p := range site.Pages() {
		if p.Doc != nil {
			anchors[p.URL] = p.Doc.Anchors
		}
	}
	return anchors
}

// themeAnchors are the ids every page has besides its headings' (the
// theme's, goldmark's footnotes', a key point's), by prefix.
var themeAnchors = []string{"main", "page-title", "fn:", "fnref:", "kp-", "quiz"}

// checkFragment warns of a link whose #fragment names no heading of the
// page at to (name: how the warning names it): the page opens at its top,
// not where the trainer meant. Pages whose headings are not known (to is
// not in anchors) are not checked.
func checkFragment(diags *diag.List, fragment, to, name string, anchors map[string][]string, pos func() diag.Pos) {
	ids, known := anchors[to]
	id, err := url.PathUnescape(strings.TrimPrefix(fragment, "#"))
	if !known || fragment == "" || err != nil || slices.Contains(ids, id) ||
		slices.ContainsFunc(themeAnchors, func(a string) bool { return strings.HasPrefix(id, a) }) {
		return
	}
	hint := "the page has no headings to link to: link to the page alone"
	if len(ids) > 0 {
		hint = diag.DidYouMean(id, ids) + " (a heading's id is its text, spaces as -)"
	}
	diags.Warnf(pos(), hint, "link to a heading that %s does not have: #%s", name, id)
}
