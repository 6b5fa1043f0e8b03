package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"skillbook/build"
	"skillbook/internal/gift"
)

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", "gift [--site DIR] [--out DIR]   (or: skillbook export scorm --help)", `  skillbook export gift              write every quiz as a Moodle GIFT file under gift/
  skillbook export gift --out bank   … under bank/
  skillbook export scorm             write each course as a SCORM package under scorm/`, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	out := fs.String("out", "gift", "the folder to write the GIFT files to")
	if len(args) > 0 && args[0] == "scorm" {
		return runExportSCORM(args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "gift" {
		fs.Usage()
		return 2
	}
	if code := parseFlags(fs, args[1:]); code >= 0 {
		return code
	}
	res := build.Build(build.Options{SiteDir: *site})
	if res.Diags.HasErrors() {
		printDiags(stderr, res.Diags)
		return 1
	}
	n := 0
	for _, q := range res.Quizzes {
		if q.Drill {
			continue
		}
		path := filepath.Join(*out, filepath.FromSlash(q.ID)+".gift")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fmt.Fprintf(stderr, "skillbook export: %v\n", err)
			return 1
		}
		if err := os.WriteFile(path, gift.Write(q), 0o644); err != nil {
			fmt.Fprintf(stderr, "skillbook export: %v\n", err)
			return 1
		}
		n++
	}
	fmt.Fprintf(stdout, "%d quiz(zes) written to %s\n", n, *out)
	return 0
}
