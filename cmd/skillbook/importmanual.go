package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"skillbook/internal/config"
	"skillbook/internal/manual"
	"skillbook/internal/scaffold"
)

type manualOptions struct {
	site, course, title string
	force, json         bool
}

// importManuals turns the manuals, in the order given, into one course of
// the site and reports what it recognised and what it was unsure about.
func importManuals(files []string, opts manualOptions, stdout, stderr io.Writer) int {
	if code := checkTarget(opts, stderr); code >= 0 {
		return code
	}
	ms, formats, err := readManuals(files)
	if err != nil {
		fmt.Fprintf(stderr, "skillbook import: %v\n", err)
		return 1
	}
	merged := manual.Merge(ms)
	layout := layoutFor(files[0], merged, opts)
	all := merged.Files(layout)
	conflicts, changed := existing(opts.site, all)
	if len(conflicts) > 0 && !opts.force {
		fmt.Fprintf(stderr, "skillbook import: %d file(s) exist, e.g. %s; nothing was written\n  hint: pass --force to overwrite them, or --course to import into another folder\n", len(conflicts), conflicts[0])
		return 1
	}
	if err := writeFiles(opts.site, all); err != nil {
		fmt.Fprintf(stderr, "skillbook import: %v\n", err)
		return 1
	}
	rep := newImportReport(files, formats, ms, layout, len(all))
	rep.Overwrote, rep.Others, rep.Sample = changed, othersIn(opts.site, layout.Course, all), scaffold.SampleLeft(opts.site)
	rep.SampleHome = scaffold.SampleHome(opts.site)
	if !opts.json {
		rep.print(stdout, filepath.Join(opts.site, "content"))
		return 0
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rep); err != nil {
		fmt.Fprintf(stderr, "skillbook import: %v\n", err)
		return 1
	}
	return 0
}

// readManuals reads each file as a manual, and says in what format.
func readManuals(files []string) (ms []*manual.Manual, formats []string, err error) {
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, nil, err
		}
		m, format, err := manual.Read(file, data)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", file, err)
		}
		ms, formats = append(ms, m), append(formats, format)
	}
	return ms, formats, nil
}

// checkTarget refuses, before anything is read or written, a site folder
// without skillbook.yaml (an import in the wrong folder wrote a content/
// there) and a --course that is not one folder's name (../x wrote outside
// content/, a/b made a course the build refused). It returns the exit
// code to stop with, or -1.
func checkTarget(opts manualOptions, stderr io.Writer) int {
	if _, err := os.Stat(filepath.Join(opts.site, config.FileName)); err != nil {
		where, _ := filepath.Abs(opts.site)
		fmt.Fprintf(stderr, "skillbook import: %s is not a Skillbook site: it has no %s; nothing was written\n  hint: run import in your site's folder, name it with --site, or make one with `skillbook new DIR`\n", where, config.FileName)
		return 1
	}
	c := opts.course
	if c != "" && (strings.ContainsAny(c, `/\`) || strings.HasPrefix(c, ".") || c == "library") {
		fmt.Fprintf(stderr, "skillbook import: --course %q is not a course folder's name; nothing was written\n  hint: give one name, such as customer-service or 客户服务: the course's folder under content/ (library/ is the library's)\n", c)
		return 2
	}
	return -1
}

func writeFiles(site string, files []manual.File) error {
	for _, f := range files {
		path := filepath.Join(site, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func layoutFor(file string, m *manual.Manual, opts manualOptions) manual.Layout {
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	l := manual.Layout{Course: opts.course, Title: opts.title, Library: manual.LibraryOf(libraryFiles(opts.site))}
	if l.Course == "" {
		l.Course = manual.Slug(base)
	}
	if l.Title == "" {
		l.Title = cmp.Or(m.Title, base)
	}
	return l
}

// libraryFiles are the names of the files in the site's content/library/.
func libraryFiles(site string) []string {
	entries, _ := os.ReadDir(filepath.Join(site, "content", "library"))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// othersIn lists the pages in the course's folder that the import did not
// write: an earlier import's whose skill point the manual renamed or
// dropped (they stayed beside the new ones), or the trainer's own.
func othersIn(site, course string, written []manual.File) []string {
	ours := map[string]bool{}
	for _, f := range written {
		ours[f.Path] = true
	}
	var out []string
	root := filepath.Join(site, "content", course)
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".md" {
			return nil
		}
		rel, _ := filepath.Rel(site, p)
		if rel = filepath.ToSlash(rel); !ours[rel] {
			out = append(out, rel)
		}
		return nil
	})
	return out
}

// existing lists the files the import would overwrite, and those of them
// whose content differs from the import's (edited since, or imported from
// another version of the manual).
func existing(site string, files []manual.File) (all, changed []string) {
	for _, f := range files {
		have, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(f.Path)))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		all = append(all, f.Path)
		if err != nil || !bytes.Equal(have, f.Data) {
			changed = append(changed, f.Path)
		}
	}
	return all, changed
}
