// Command evalgen derives a search evaluation set from a generated corpus
// (bench/gencorpus): queries made from chosen skill points' titles and key
// points by the transformations of docs/search.md, each with the pages that
// answer it.
//
//	go run ./bench/gencorpus DIR 1000
//	go run ./bench/evalgen DIR > internal/search/testdata/eval-generated.tsv
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/go-ego/gse"

	"skillbook/build"
	"skillbook/internal/content"
)

// perClass is how many queries each class gets.
const perClass = 30

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: evalgen SITE_DIR")
		os.Exit(2)
	}
	res := build.Build(build.Options{SiteDir: os.Args[1]})
	if res.Diags.HasErrors() {
		fmt.Fprintln(os.Stderr, res.Diags)
		os.Exit(1)
	}
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		fmt.Fprintln(os.Stderr, "evalgen:", err)
		os.Exit(1)
	}
	skills := skillPages(res.Site)
	d := newDeriver(skills, append(skills, articles(res.Site)...), func(s string) []string { return seg.Cut(s, true) })
	fmt.Printf("# Evaluation set over `go run ./bench/gencorpus DIR 1000`, derived by\n")
	fmt.Printf("# `go run ./bench/evalgen DIR` (rules in docs/search.md): class, query, the\n")
	fmt.Printf("# pages that answer it (the page it came from and any other whose title,\n")
	fmt.Printf("# key point or heading holds every word it kept of that phrase).\n")
	for _, q := range d.all() {
		fmt.Printf("%s\t%s\t%s\n", q.class, q.text, strings.Join(q.answers, " "))
	}
}

// skillPages are the site's skill points, in reading order.
func skillPages(site *content.Site) []source {
	var out []source
	for _, c := range site.Courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				out = append(out, page(s))
			}
		}
	}
	return out
}

// articles are the site's library articles.
func articles(site *content.Site) []source {
	var out []source
	for _, a := range site.Articles {
		out = append(out, page(a))
	}
	return out
}

// page is a page as a source: its phrases (title and key points) and its
// lines (those and its headings).
func page(p *content.Page) source {
	src := source{url: p.URL, phrases: []string{p.Title()}}
	if p.Doc != nil {
		src.text = p.Doc.Text
		if p.Doc.KeyPoints != nil {
			for _, k := range p.Doc.KeyPoints.Items {
				src.phrases = append(src.phrases, k.Text)
			}
		}
	}
	src.lines = slices.Clone(src.phrases)
	if p.Doc != nil {
		for _, h := range p.Doc.Headings {
			src.lines = append(src.lines, h.Text)
		}
	}
	return src
}
