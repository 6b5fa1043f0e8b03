package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"skillbook/build"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "[SITE | --site SITE] [--out DIR] [--force] [--verbose]", `  skillbook build                   build the site in this folder into public/
  skillbook build docs/course       build the site in docs/course into docs/course/public/
  skillbook build --site docs/course --out /tmp/site`, stdout, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	out := fs.String("out", "", "the output folder (default: public/ in the site's folder)")
	force := fs.Bool("force", false, "write into an existing folder that is not an earlier output, keeping the files the build does not write")
	verbose := fs.Bool("verbose", false, "print each stage's time")
	if code := parseSiteFlags(fs, args, site); code >= 0 {
		return code
	}
	if *out == "" {
		*out = filepath.Join(*site, "public")
	}
	opts := build.Options{SiteDir: *site, OutDir: *out, Force: *force}
	if *verbose {
		opts.Verbose = stderr
	}
	if isTerminal(stderr) {
		opts.Progress = stderr
	}
	_, statErr := os.Stat(*out)
	res := build.Build(opts)
	printDiags(stderr, res.Diags)
	if res.Diags.HasErrors() {
		if statErr == nil {
			fmt.Fprintf(stderr, "build failed; %s was left as it was\n", *out)
		} else {
			fmt.Fprintf(stderr, "build failed; nothing was written to %s\n", *out)
		}
		return 1
	}
	fmt.Fprint(stdout, res.Summary())
	fmt.Fprint(stdout, res.Stats.Output)
	fmt.Fprintf(stdout, "written to %s\n", *out)
	for _, w := range res.Stats.Output.Warnings() {
		fmt.Fprintln(stderr, w)
	}
	return 0
}
