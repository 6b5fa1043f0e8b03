package main

import (
	"fmt"
	"io"

	"skillbook/internal/scaffold"
)

func runNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", "DIR", `  skillbook new my-course          a new site with a sample course in my-course/
  cd my-course && skillbook build`, stdout, stderr)
	dirs, code := parseArgs(fs, args)
	if code >= 0 {
		return code
	}
	if len(dirs) != 1 {
		fs.Usage()
		return 2
	}
	dir := dirs[0]
	if err := scaffold.Create(dir); err != nil {
		fmt.Fprintf(stderr, "skillbook new: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "created a new site in %s\nnext:\n  cd %s\n  skillbook serve --open   # see it in your browser; every save updates it\n  skillbook build          # the site to publish, in public/\n", dir, dir)
	return 0
}
