package build

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"skillbook/internal/corpus"
)

// BenchmarkBuild builds generated sites of 1,000 and 10,000 skill points,
// pages, search export and output included, and reports pages per second.
// The output goes to tmpfs (/dev/shm) where there is one, as in the peers'
// figures: on this machine's disk, writing tens of thousands of small files
// takes longer than building them, and varies from run to run.
//
//	go test ./build -run '^$' -bench Build -benchmem
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("skills=%d", n), func(b *testing.B) {
			site := b.TempDir()
			if err := corpus.Write(site, corpus.DefaultShape(n)); err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(benchOut(b), "public")
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

// BenchmarkSessionEdit measures what `serve` does after a trainer saves one
// skill point of a 10,000-point site, for each kind of save that
// bench/rebuild times (corpus.Edits): read, parse and render the edited
// page (Save: ms-served), then render the rest of what the edit touches
// and update the search index (Settle). A common-term edit takes 客户 out
// of the body and puts it back, a term whose postings are in most pages:
// it must cost no more than twice an ordinary (body) edit.
//
//	go test ./build -run '^$' -bench SessionEdit -benchmem
//	go test ./build -run '^$' -bench SessionEdit/title -cpuprofile /tmp/title.prof
//	SITE=/tmp/c10k go test ./build -run '^$' -bench SessionEdit   # a copy of a corpus already made
func BenchmarkSessionEdit(b *testing.B) {
	site := benchSite(b, 10000)
	session, res := NewSession(Options{SiteDir: site})
	if res.Diags.HasErrors() {
		b.Fatal(res.Diags)
	}
	page := filepath.Join(site, "content/course-050/chapter-05/skill-05.md")
	src, err := os.ReadFile(page)
	if err != nil {
		b.Fatal(err)
	}
	for _, kind := range corpus.EditKinds {
		b.Run(kind, func(b *testing.B) {
			i := 0
			var served time.Duration
			for b.Loop() {
				i++
				edited, err := corpus.Edits[kind](string(src), fmt.Sprintf("第%d次", i), i)
				if err != nil {
					b.Fatal(err)
				}
				if err := os.WriteFile(page, []byte(edited), 0o644); err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				res, changed := session.Save([]string{page})
				served += time.Since(start)
				if more := session.Settle(); res.Diags.HasErrors() || more != nil && more.Diags.HasErrors() ||
					!slices.Contains(changed, "course-050/chapter-05/skill-05/index.html") {
					b.Fatalf("changed %d files: %s %v", len(changed), res.Diags, more)
				}
			}
			b.ReportMetric(float64(served.Microseconds())/1000/float64(i), "ms-served")
		})
	}
}

// benchOut is a new folder for a benchmark's output, on tmpfs when there is one.
func benchOut(b *testing.B) string {
	if _, err := os.Stat("/dev/shm"); err != nil {
		return b.TempDir()
	}
	dir, err := os.MkdirTemp("/dev/shm", "skillbook-bench-")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}
