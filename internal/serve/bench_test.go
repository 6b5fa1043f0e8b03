package serve

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"skillbook/internal/corpus"
)

// BenchmarkSaveToServed measures, on a 10,000-skill-point site, the time
// from writing a skill point's file to `serve` answering with the rebuilt
// page: the watcher's batching, the rebuild and the HTTP request.
//
//	go test ./internal/serve -run '^$' -bench SaveToServed -benchtime 50x
func BenchmarkSaveToServed(b *testing.B) {
	site := b.TempDir()
	if err := corpus.Write(site, corpus.DefaultShape(10000)); err != nil {
		b.Fatal(err)
	}
	url := serveSite(b, site, io.Discard)
	page := filepath.Join(site, "content/course-050/chapter-05/skill-05.md")
	src, err := os.ReadFile(page)
	if err != nil {
		b.Fatal(err)
	}
	pageURL := url + "course-050/chapter-05/skill-05/"
	var times []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		i++
		marker := fmt.Sprintf("第%d次保存", i)
		edited := strings.Replace(string(src), "## 牢记要点", marker+"。\n\n## 牢记要点", 1)
		if err := os.WriteFile(page, []byte(edited), 0o644); err != nil {
			b.Fatal(err)
		}
		for !strings.Contains(getBody(b, pageURL), marker) {
			time.Sleep(time.Millisecond)
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "ms-p95")
}
