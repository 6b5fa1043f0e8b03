package config

import (
	"net/url"

	"skillbook/internal/diag"
	"skillbook/internal/yamldoc"
)

// baseURLHint shows how baseURL is written.
const baseURLHint = "write the address the site is published at, whole: `baseURL: https://intranet.example.com/training/`"

// checkBaseURL reports a baseURL that is not a whole web address: the 404
// page takes its path and the sitemap its every address from it, and a
// host name without https://, or a path alone, makes both wrong without a
// word.
func checkBaseURL(tree *yamldoc.Tree, base string) diag.List {
	var diags diag.List
	if base == "" {
		return nil
	}
	u, err := url.Parse(base)
	switch {
	case err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "":
		diags.Errorf(tree.At("baseURL"), baseURLHint, "baseURL %q is not a web address: it needs https:// (or http://) and the host", base)
	case u.RawQuery != "" || u.Fragment != "" || u.ForceQuery:
		diags.Errorf(tree.At("baseURL"), baseURLHint, "baseURL %q has a query or a #fragment: give the address of the site's folder alone", base)
	}
	return diags
}
