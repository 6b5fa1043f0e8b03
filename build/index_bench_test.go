package build

import (
	"testing"

	"skillbook/internal/corpus"
	"skillbook/internal/search"
	"skillbook/internal/segmenter"
)

// BenchmarkSearchIndex measures the search part of a build on 10,000 skill
// points, the size the budgets are set at: analysing every page and
// writing the static export (a build does this beside rendering).
//
//	go test ./build -run '^$' -bench SearchIndex -benchmem
func BenchmarkSearchIndex(b *testing.B) {
	site := b.TempDir()
	if err := corpus.Write(site, corpus.DefaultShape(10000)); err != nil {
		b.Fatal(err)
	}
	res := Build(Options{SiteDir: site})
	docs := search.Docs(res.Site)
	for b.Loop() {
		search.New(docs, search.Options{Words: segmenter.New(nil)}).Export()
	}
}
