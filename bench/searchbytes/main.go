// Command searchbytes reports how many bytes the static search fetches for
// a first query: searchbytes SITE builds the site, draws queries from its
// titles and key points (as the browser tests do), and for each one adds up
// the files the browser client loads — meta.js, the term and character
// shards, the documents of the ten results — raw and gzipped, as a static
// host would serve them.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"skillbook/build"
	"skillbook/internal/search"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: searchbytes SITE")
		os.Exit(2)
	}
	res := build.Build(build.Options{SiteDir: os.Args[1]})
	if res.Diags.HasErrors() {
		fmt.Fprint(os.Stderr, res.Diags)
		os.Exit(1)
	}
	files := map[string][]byte{}
	for _, f := range res.Files {
		files[f.Path] = f.Data
	}
	shards := strings.Count(strings.Join(keys(files), "\n"), search.ExportDir+"t/")
	var raw, zipped []int
	for _, q := range queries(res) {
		r, z := 0, 0
		for _, name := range needed(res.Search, q, shards) {
			r += len(files[search.ExportDir+name])
			z += gzipLen(files[search.ExportDir+name])
		}
		raw, zipped = append(raw, r), append(zipped, z)
	}
	slices.Sort(raw)
	slices.Sort(zipped)
	fmt.Printf("%d queries, %d term shards: first query fetches median %.1f KB (p95 %.1f KB) raw, median %.1f KB (p95 %.1f KB) gzipped\n",
		len(raw), shards, kb(raw[len(raw)/2]), kb(raw[len(raw)*95/100]), kb(zipped[len(zipped)/2]), kb(zipped[len(zipped)*95/100]))
}

// needed lists the export files the client loads for q.
func needed(ix *search.Index, q string, shards int) []string {
	names := []string{"meta.js"}
	for _, t := range ix.Terms(q) {
		if r := []rune(t); len(r) == 1 && len(t) > 1 {
			names = append(names, fmt.Sprintf("c/%d.js", search.Shard(t, shards)))
			for _, e := range ix.CharTerms(t) {
				names = append(names, fmt.Sprintf("t/%d.js", search.Shard(e, shards)))
			}
			continue
		}
		names = append(names, fmt.Sprintf("t/%d.js", search.Shard(t, shards)))
	}
	hits, _ := ix.Search(context.Background(), q, 10)
	for _, h := range hits {
		names = append(names, fmt.Sprintf("d/%d.js", ix.DocNumber(h.URL)))
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// queries are the start of titles and of key points, of about a hundred
// skill points spread over the site.
func queries(res *build.Result) []string {
	var qs []string
	skills := res.Site.Skills()
	step := max(1, len(skills)/100)
	add := func(s string, n int) {
		if r := []rune(s); len(r) >= n {
			qs = append(qs, string(r[:n]))
		}
	}
	for i := 0; i < len(skills); i += step {
		s := skills[i]
		add(s.Title(), 4)
		if s.Doc != nil && s.Doc.KeyPoints != nil {
			for _, k := range s.Doc.KeyPoints.Items {
				add(k.Text, 3)
			}
		}
	}
	return qs
}

func gzipLen(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	_, _ = w.Write(b)
	_ = w.Close()
	return buf.Len()
}

func kb(n int) float64 { return float64(n) / 1024 }

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

