package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"skillbook/internal/manual"
)

type manualOptions struct {
	site, course, title string
	force               bool
}

// importManuals turns each manual into a course of the site and reports
// what it recognised and what it was unsure about.
func importManuals(files []string, opts manualOptions, stdout, stderr io.Writer) int {
	if len(files) > 1 && (opts.course != "" || opts.title != "") {
		fmt.Fprintln(stderr, "skillbook import: --course and --title name one course; import one file at a time to use them")
		return 2
	}
	var all []manual.File
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintf(stderr, "skillbook import: %v\n", err)
			return 1
		}
		m, encoding, err := manual.Read(file, data)
		if err != nil {
			fmt.Fprintf(stderr, "skillbook import: %s: %v\n", file, err)
			return 1
		}
		layout := layoutFor(file, m, opts)
		report(stdout, file, encoding, m, layout)
		all = append(all, m.Files(layout)...)
	}
	if conflicts := existing(opts.site, all); len(conflicts) > 0 && !opts.force {
		fmt.Fprintf(stderr, "skillbook import: %d file(s) exist, e.g. %s; nothing was written\n  hint: pass --force to overwrite them, or --course to import into another folder\n", len(conflicts), conflicts[0])
		return 1
	}
	for _, f := range all {
		path := filepath.Join(opts.site, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fmt.Fprintf(stderr, "skillbook import: %v\n", err)
			return 1
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			fmt.Fprintf(stderr, "skillbook import: %v\n", err)
			return 1
		}
	}
	fmt.Fprintf(stdout, "wrote %d files under %s\n", len(all), filepath.Join(opts.site, "content"))
	return 0
}

func layoutFor(file string, m *manual.Manual, opts manualOptions) manual.Layout {
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	l := manual.Layout{Course: opts.course, Title: opts.title}
	if l.Course == "" {
		l.Course = manual.Slug(base)
	}
	if l.Title == "" {
		l.Title = cmp.Or(m.Title, base)
	}
	return l
}

// existing lists the files the import would overwrite.
func existing(site string, files []manual.File) []string {
	var out []string
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(site, filepath.FromSlash(f.Path))); err == nil {
			out = append(out, f.Path)
		}
	}
	return out
}

// report prints what the import recognised, the lines it was unsure
// about, and the lines it dropped as page chrome.
func report(w io.Writer, file, encoding string, m *manual.Manual, l manual.Layout) {
	fmt.Fprintf(w, "%s (%s): course %q → content/%s/\n", file, encoding, l.Title, l.Course)
	for _, ch := range m.Chapters {
		fmt.Fprintf(w, "  %s: %d skill point(s)\n", ch.Title, len(ch.Skills))
		for _, s := range ch.Skills {
			fmt.Fprintf(w, "    %s: %d key point(s)\n", s.Title, s.KeyPointCount())
		}
	}
	fmt.Fprintf(w, "  in all: %d chapter(s), %d skill point(s), %d key point(s), %d article(s) (content/library/), %d picture(s), %d table(s)\n",
		len(m.Chapters), m.SkillCount(), m.KeyPointCount(), len(m.Articles), len(m.Media), m.TableCount())
	for _, n := range m.Notes {
		fmt.Fprintln(w, noteLine(file, m.Unit, n))
	}
	if len(m.Dropped) > 0 {
		var nums []string
		for _, n := range m.Dropped {
			nums = append(nums, fmt.Sprint(n))
		}
		fmt.Fprintf(w, "%s: dropped as page chrome: line(s) %s\n", file, strings.Join(nums, ", "))
	}
}

// noteLine is a note as the report prints it: the file, the line (or a
// Word file's paragraph), and whether the import was unsure or left
// something out.
func noteLine(file, unit string, n manual.Note) string {
	where := file + ":"
	switch {
	case n.Line > 0 && unit == "paragraph":
		where += fmt.Sprintf(" paragraph %d:", n.Line)
	case n.Line > 0:
		where += fmt.Sprintf("%d:", n.Line)
	}
	kind := "unsure"
	if n.Lost {
		kind = "dropped"
	}
	return where + " " + kind + ": " + n.Message
}
