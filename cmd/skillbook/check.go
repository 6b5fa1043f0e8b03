package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"skillbook/build"
	"skillbook/internal/diag"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "[SITE | --site SITE] [--out DIR] [--json]", `  skillbook check                 check the site in this folder
  skillbook check docs/course     check the site in docs/course
  skillbook check --json | jq .  diagnostics as JSON, for editors and CI`, stdout, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	out := fs.String("out", "", "the folder the site is built into, to name pages moved since its last build there (default SITE/public); nothing is written")
	asJSON := fs.Bool("json", false, "print the diagnostics as a JSON array")
	if code := parseSiteFlags(fs, args, site); code >= 0 {
		return code
	}
	if *out == "" {
		*out = filepath.Join(*site, "public")
	}
	res := build.Build(build.Options{SiteDir: *site, Published: *out})
	if *asJSON {
		diags := res.Diags
		if diags == nil {
			diags = diag.List{}
		}
		b, _ := json.MarshalIndent(diags, "", "  ")
		fmt.Fprintln(stdout, string(b))
	} else {
		printDiags(stderr, res.Diags)
	}
	if res.Diags.HasErrors() {
		return 1
	}
	if n := res.Diags.Count(diag.Warning); !*asJSON && n > 0 {
		fmt.Fprintf(stdout, "ok, but read the %d warning(s) above: %s", n, res.Summary())
	} else if !*asJSON {
		fmt.Fprintf(stdout, "ok: %s", res.Summary())
	}
	return 0
}
