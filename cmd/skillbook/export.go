package main

import (
	"errors"
	"fmt"
	"io"

	"skillbook/build"
	"skillbook/internal/diag"
	"skillbook/internal/gift"
	"skillbook/internal/output"
)

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", "gift [--site DIR] [--out DIR] [--force]", `  skillbook export gift              write every quiz as a Moodle GIFT file under gift/
  skillbook export gift --out bank   … under bank/`, stdout, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	out := fs.String("out", "gift", "the folder to write the GIFT files to")
	force := fs.Bool("force", false, "write into an existing folder that is not an earlier export, keeping the files it does not write")
	if len(args) > 0 && args[0] == "scorm" {
		return runExportSCORM(args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "gift" {
		return exportKinds(args, stdout, stderr)
	}
	if code := parseOnlyFlags(fs, args[1:]); code >= 0 {
		return code
	}
	if d := outputDiags(*out, output.CheckDir(*out, *site, *force)); d != nil {
		printDiags(stderr, d)
		return 1
	}
	res := build.Build(build.Options{SiteDir: *site})
	if res.Diags.HasErrors() {
		printDiags(stderr, res.Diags)
		return 1
	}
	var files []output.File
	for _, q := range res.Quizzes {
		if !q.Drill {
			files = append(files, output.File{Path: q.ID + ".gift", Data: gift.Write(q)})
		}
	}
	if d := outputDiags(*out, output.Write(*out, files, *force)); d != nil {
		printDiags(stderr, d)
		return 1
	}
	fmt.Fprintf(stdout, "%d quiz(zes) written to %s\n", len(files), *out)
	return 0
}

// outputDiags turns a refused or failed write of the folder dir into a
// diagnostic; nil when err is nil.
func outputDiags(dir string, err error) diag.List {
	if err == nil {
		return nil
	}
	var r *output.Refusal
	if errors.As(err, &r) {
		return diag.List{{File: dir, Severity: diag.Error, Message: r.Message, Hint: r.Hint}}
	}
	return diag.List{{File: dir, Severity: diag.Error, Message: err.Error()}}
}

// exportKinds prints what export writes, to stdout when asked (--help),
// else to stderr, with exit code 2.
func exportKinds(args []string, stdout, stderr io.Writer) int {
	w, code := stderr, 2
	if len(args) > 0 && isHelp(args[0]) {
		w, code = stdout, 0
	} else if len(args) > 0 {
		fmt.Fprintf(stderr, "skillbook export: unknown kind %q\n\n", args[0])
	}
	fmt.Fprint(w, `Usage: skillbook export gift|scorm [flags]

  gift    the quizzes as Moodle GIFT files, for an LMS's question bank (skillbook export gift --help)
  scorm   a course as a SCORM package, for an LMS that tracks training (skillbook export scorm --help)
`)
	return code
}
