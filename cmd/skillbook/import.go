package main

import (
	"fmt"
	"io"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "[--site DIR] [--course SLUG] [--title TITLE] [--force] [--json] FILE... | --gift FILE [--for PAGE]", `  skillbook import manual.txt                      a manual (text, GBK text, .docx or .html) as a course
  skillbook import part1.docx part2.docx page.html  several files as one course, chapters in this order
  skillbook import --course customer-service --title 客户服务管理 manual.txt
  skillbook import --gift bank.gift --for customer-service/staff-training
      converts a Moodle GIFT question file into quizzes/bank.yaml
  skillbook import --gift bank.gift --id customer-service/staff-training
      … into quizzes/customer-service/staff-training.yaml, keeping trainees' results for that quiz`, stdout, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	course := fs.String("course", "", "the course's folder under content/ (default: from the first file's name)")
	title := fs.String("title", "", "the course's title (default: the manual's title)")
	giftFile := fs.String("gift", "", "a Moodle GIFT file to convert into a quiz")
	target := fs.String("for", "", "with --gift: the course, chapter or skill point the quiz is for")
	out := fs.String("out", "", "with --gift: the quiz file to write (default: quizzes/<id>.yaml)")
	id := fs.String("id", "", "with --gift: the quiz's id (default: the id the GIFT file was exported with, else the file's name)")
	force := fs.Bool("force", false, "overwrite files that exist")
	jsonOut := fs.Bool("json", false, "print the report as JSON")
	files, code := parseArgs(fs, args)
	if code >= 0 {
		return code
	}
	if *giftFile != "" {
		return importGift(giftOptions{file: *giftFile, site: *site, target: *target, id: *id, out: *out, force: *force}, stdout, stderr)
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "skillbook import: name the manual to import (a .txt, .docx or .html file), or a GIFT file with --gift")
		return 2
	}
	return importManuals(files, manualOptions{site: *site, course: *course, title: *title, force: *force, json: *jsonOut}, stdout, stderr)
}
