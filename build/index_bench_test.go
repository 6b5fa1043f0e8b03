package build

import (
	"testing"

	"skillbook/internal/corpus"
	"skillbook/internal/search"
)

// BenchmarkSearchIndex measures the index stage's search part on 2,000
// skill points: analysing every page and writing the static export.
//
//	go test ./build -run '^$' -bench SearchIndex -benchmem
func BenchmarkSearchIndex(b *testing.B) {
	site := b.TempDir()
	if err := corpus.Write(site, corpus.DefaultShape(2000)); err != nil {
		b.Fatal(err)
	}
	res := Build(Options{SiteDir: site})
	docs := search.Docs(res.Site)
	for b.Loop() {
		search.New(docs).Export()
	}
}
