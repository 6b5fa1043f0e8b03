package main

import (
	"fmt"
	"io"
	"strings"

	"skillbook/internal/manual"
)

// importReport is what an import recognised in each file, and every step
// it was unsure about or that left something out; --json prints it.
type importReport struct {
	Course string       `json:"course"`
	Title  string       `json:"title"`
	Files  []fileReport `json:"files"`
	Wrote  int          `json:"wrote"`
	// Overwrote lists the files of the site that --force replaced with
	// other content.
	Overwrote []string `json:"overwrote,omitempty"`
	// Others lists the pages of the course's folder the import did not
	// write.
	Others []string `json:"others,omitempty"`
	// Sample lists the files of the sample course `skillbook new` made
	// that are still in the site unchanged.
	Sample []string `json:"sample,omitempty"`
	// SampleHome lists skillbook.yaml when its title is still the
	// sample's, and content/_index.md when it is the sample's welcome.
	SampleHome []string `json:"sampleHome,omitempty"`
}

type fileReport struct {
	File        string          `json:"file"`
	Format      string          `json:"format"`
	Chapters    []chapterReport `json:"chapters"`
	SkillPoints int             `json:"skillPoints"`
	KeyPoints   int             `json:"keyPoints"`
	Articles    int             `json:"articles"`
	Pictures    int             `json:"pictures"`
	Tables      int             `json:"tables"`
	Notes       []noteReport    `json:"notes"`
	// Dropped are the lines dropped as page chrome.
	Dropped []int `json:"droppedLines"`
}

type chapterReport struct {
	Title  string        `json:"title"`
	Skills []skillReport `json:"skillPoints"`
}

type skillReport struct {
	Title     string `json:"title"`
	KeyPoints int    `json:"keyPoints"`
}

// noteReport is a note: where (a line of text or HTML, a Word file's
// paragraph; neither for the whole file), "unsure" or "dropped", and what.
type noteReport struct {
	Line      int    `json:"line,omitempty"`
	Paragraph int    `json:"paragraph,omitempty"`
	Kind      string `json:"kind"`
	Message   string `json:"message"`
}

func newImportReport(files, formats []string, ms []*manual.Manual, l manual.Layout, wrote int) importReport {
	rep := importReport{Course: l.Course, Title: l.Title, Wrote: wrote}
	for i, m := range ms {
		f := fileReport{File: files[i], Format: formats[i], SkillPoints: m.SkillCount(), KeyPoints: m.KeyPointCount(),
			Articles: len(m.Articles), Pictures: len(m.Media), Tables: m.TableCount(), Dropped: append([]int{}, m.Dropped...),
			Chapters: []chapterReport{}, Notes: []noteReport{}}
		for _, ch := range m.Chapters {
			c := chapterReport{Title: ch.Title, Skills: []skillReport{}}
			for _, s := range ch.Skills {
				c.Skills = append(c.Skills, skillReport{s.Title, s.KeyPointCount()})
			}
			f.Chapters = append(f.Chapters, c)
		}
		for _, n := range m.Notes {
			nr := noteReport{Kind: "unsure", Message: n.Message}
			if n.Lost {
				nr.Kind = "dropped"
			}
			if m.Unit == "paragraph" {
				nr.Paragraph = n.Line
			} else {
				nr.Line = n.Line
			}
			f.Notes = append(f.Notes, nr)
		}
		rep.Files = append(rep.Files, f)
	}
	return rep
}

// print writes the report for a reader: per file, what it holds, then its
// notes, each with its file and line.
func (rep importReport) print(w io.Writer, contentDir string) {
	for _, f := range rep.Files {
		fmt.Fprintf(w, "%s (%s): course %q → content/%s/\n", f.File, f.Format, rep.Title, rep.Course)
		for _, ch := range f.Chapters {
			fmt.Fprintf(w, "  %s: %d skill point(s)\n", ch.Title, len(ch.Skills))
			for _, s := range ch.Skills {
				fmt.Fprintf(w, "    %s: %d key point(s)\n", s.Title, s.KeyPoints)
			}
		}
		fmt.Fprintf(w, "  in all: %d chapter(s), %d skill point(s), %d key point(s), %d article(s) (content/library/), %d picture(s), %d table(s)\n",
			len(f.Chapters), f.SkillPoints, f.KeyPoints, f.Articles, f.Pictures, f.Tables)
		for _, n := range f.Notes {
			fmt.Fprintln(w, n.line(f.File))
		}
		if len(f.Dropped) > 0 {
			var nums []string
			for _, n := range f.Dropped {
				nums = append(nums, fmt.Sprint(n))
			}
			fmt.Fprintf(w, "%s: dropped as page chrome: line(s) %s\n", f.File, strings.Join(nums, ", "))
		}
	}
	fmt.Fprintf(w, "wrote %d files under %s\n", rep.Wrote, contentDir)
	if n := len(rep.Overwrote); n > 0 {
		fmt.Fprintf(w, "--force replaced %d file(s) that held other content (edits made since the last import are gone):\n", n)
		printPaths(w, rep.Overwrote)
	}
	if n := len(rep.Others); n > 0 {
		fmt.Fprintf(w, "%d page(s) of the course's folder are not from this import (an earlier import's, or yours): delete those the manual no longer has\n", n)
		printPaths(w, rep.Others)
	}
	if n := len(rep.Sample); n > 0 {
		fmt.Fprintf(w, "the site still has the sample course that `skillbook new` made (%d file(s), unchanged): delete them before you publish, or the site shows it beside yours\n", n)
		printPaths(w, rep.Sample)
	}
	if len(rep.SampleHome) > 0 {
		fmt.Fprintln(w, "the site's home is still the sample's: write your site's title in skillbook.yaml (`title:`) and its welcome in content/_index.md")
		printPaths(w, rep.SampleHome)
	}
}

// pathsShown is how many files the report names in a list.
const pathsShown = 20

// printPaths prints the first pathsShown paths, a line each.
func printPaths(w io.Writer, paths []string) {
	for _, p := range paths[:min(len(paths), pathsShown)] {
		fmt.Fprintf(w, "  %s\n", p)
	}
	if len(paths) > pathsShown {
		fmt.Fprintf(w, "  … and %d more (--json lists them all)\n", len(paths)-pathsShown)
	}
}

// line is a note as the report prints it: file:line: or file: paragraph N:.
func (n noteReport) line(file string) string {
	where := file + ":"
	switch {
	case n.Paragraph > 0:
		where += fmt.Sprintf(" paragraph %d:", n.Paragraph)
	case n.Line > 0:
		where += fmt.Sprintf("%d:", n.Line)
	}
	return where + " " + n.Kind + ": " + n.Message
}
