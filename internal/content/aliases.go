package content

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"skillbook/internal/portable"
)

// checkAliases reports aliases that cannot be an address of the site (a
// whole web address, one that climbs out with ..), that are the address
// of a page the site has, or that two pages give.
func (l *loader) checkAliases() {
	byURL := map[string]*Page{}
	for _, p := range l.site.Pages() {
		byURL[portable.Fold(strings.TrimSuffix(p.URL, "/"))] = p
	}
	given := map[string]*Page{}
	for _, p := range l.site.Pages() {
		for _, a := range p.Meta.Aliases {
			l.checkAlias(p, a, byURL, given)
		}
	}
}

// AliasProblem says what is wrong with alias a as an address of the site
// (empty, a whole web address, one that climbs out with ..), and how to
// write it, with example as an address; "" when nothing is.
func AliasProblem(a, example string) (message, hint string) {
	path := AliasPath(a)
	u, err := url.Parse(path)
	switch {
	case path == "":
		return "empty alias", "write the address it had, from the site's root, e.g. `aliases: [" + example + "]`"
	case err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(a, "//"):
		return fmt.Sprintf("alias %q is a whole web address", a), "write the address from the site's root, without https:// and the host, e.g. `aliases: [" + example + "]`"
	case slices.Contains(strings.Split(path, "/"), ".."), strings.ContainsAny(path, "?#\\"):
		return fmt.Sprintf("alias %q is not an address of the site", a), "write the address from the site's root, e.g. `aliases: [" + example + "]`"
	}
	return "", ""
}

// checkAlias checks alias a of page p (see checkAliases).
func (l *loader) checkAlias(p *Page, a string, byURL, given map[string]*Page) {
	at := frontMatterPos(p, "aliases")
	path := AliasPath(a)
	message, hint := AliasProblem(a, "cs/basics/greeting")
	switch {
	case message != "":
		l.diags.Errorf(at, hint, "%s", message)
	case byURL[portable.Fold(path)] != nil:
		other := byURL[portable.Fold(path)]
		l.diags.Errorf(at, "an alias is an address no page has now: take it out, or rename "+other.Path, "alias %q is the address of %s", a, other.Path)
	case given[portable.Fold(path)] != nil && given[portable.Fold(path)] != p:
		l.diags.Errorf(at, "an old address can lead to one page only: keep it on one of them", "alias %q is %s's too", a, given[portable.Fold(path)].Path)
	default:
		given[portable.Fold(path)] = p
	}
}
