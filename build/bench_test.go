package build

import (
	"fmt"
	"path/filepath"
	"testing"

	"skillbook/internal/corpus"
)

// BenchmarkBuild builds generated sites of 1,000 and 10,000 skill points,
// pages and output included, and reports pages per second.
//
//	go test ./build -run '^$' -bench Build -benchmem
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("skills=%d", n), func(b *testing.B) {
			site := b.TempDir()
			if err := corpus.Write(site, corpus.DefaultShape(n)); err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(b.TempDir(), "public")
			b.ReportAllocs()
			pages := 0
			for b.Loop() {
				res := Build(Options{SiteDir: site, OutDir: out})
				if res.Diags.HasErrors() {
					b.Fatal(res.Diags)
				}
				pages = res.Stats.Pages
			}
			b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
