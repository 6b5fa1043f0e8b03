package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"skillbook/internal/diag"

	"skillbook/internal/scorm"
)

func runExportSCORM(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", "scorm [--site DIR] [--course SLUG] [--version 1.2|2004] [--out FILE.zip] [--force]",
		`  skillbook export scorm                       each course as a SCORM 1.2 package under scorm/
  skillbook export scorm --version 2004        … as SCORM 2004 4th Edition packages
  skillbook export scorm --course customer-service --out cs.zip`, stdout, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	course := fs.String("course", "", "the course to export (its slug, its id, or its folder's name in content/); default: every course")
	version := fs.String("version", "1.2", "the SCORM version: 1.2 or 2004 (4th Edition)")
	out := fs.String("out", "", "the zip file to write (one course only); default: scorm/<course>-scorm<version>.zip")
	force := fs.Bool("force", false, "replace a file at --out that is not an earlier SCORM package")
	if code := parseOnlyFlags(fs, args); code >= 0 {
		return code
	}
	v, err := scorm.ParseVersion(*version)
	if err != nil {
		fmt.Fprintf(stderr, "skillbook export: %v\n", err)
		return 2
	}
	courses := []string{strings.TrimSuffix(*course, "/")}
	if *course == "" {
		if courses = printedCourses(*site, stderr); courses == nil {
			return 1
		}
	}
	if *out != "" && len(courses) != 1 {
		fmt.Fprintf(stderr, "skillbook export: --out names one zip file; pass --course too, the site has several courses: %s\n", strings.Join(courses, ", "))
		return 2
	}
	for _, c := range courses {
		if code := exportCourse(*site, c, v, *out, *force, stdout, stderr); code != 0 {
			return code
		}
	}
	return 0
}

// printedCourses returns the site's courses, or nil after printing why
// there are none.
func printedCourses(site string, stderr io.Writer) []string {
	courses, diags := scorm.Courses(site)
	if diags.HasErrors() || len(courses) == 0 {
		printDiags(stderr, diags)
		if !diags.HasErrors() {
			fmt.Fprintln(stderr, "skillbook export: the site has no course")
		}
		return nil
	}
	return courses
}

func exportCourse(site, course string, v scorm.Version, out string, force bool, stdout, stderr io.Writer) int {
	pkg, diags := scorm.Export(site, course, v)
	if diags.HasErrors() {
		printDiags(stderr, diags)
		return 1
	}
	if out == "" {
		out = filepath.Join("scorm", fmt.Sprintf("%s-scorm%s.zip", course, v))
	}
	if err := writePackage(out, pkg.Zip, force); err != nil {
		d := diag.Diagnostic{File: out, Severity: diag.Error, Message: err.Error()}
		if errors.Is(err, errNotPackage) {
			d.Hint = "choose another --out, or pass --force to replace it"
		}
		printDiags(stderr, diag.List{d})
		return 1
	}
	fmt.Fprintf(stdout, "%s: SCORM %s package written to %s (%d KB)\n", course, v, out, (len(pkg.Zip)+1023)/1024)
	if pkg.Mastery > 0 {
		fmt.Fprintf(stdout, "  mastery score %s %%: the LMS may count the course passed at this score (the mean of its quizzes' pass marks)\n", pkg.MasteryPercent())
	}
	return 0
}
