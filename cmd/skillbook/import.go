package main

import (
	"fmt"
	"io"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "--gift FILE [--for PAGE] [--site DIR] [--out FILE] [--force]", `  skillbook import --gift bank.gift --for customer-service/staff-training
      converts a Moodle GIFT question file into quizzes/bank.yaml`, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	giftFile := fs.String("gift", "", "a Moodle GIFT file to convert into a quiz")
	target := fs.String("for", "", "the course, chapter or skill point the imported quiz is for")
	out := fs.String("out", "", "the quiz file to write (default: quizzes/<name>.yaml)")
	force := fs.Bool("force", false, "overwrite files that exist")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if *giftFile == "" {
		fmt.Fprintln(stderr, "skillbook import: name the file to import with --gift FILE")
		return 2
	}
	return importGift(*giftFile, *site, *target, *out, *force, stdout, stderr)
}
