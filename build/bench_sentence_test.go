package build

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"skillbook/internal/corpus"
	"skillbook/internal/search"
)

// BenchmarkSessionSentence saves, 40 times, a random skill point of a
// 10,000-point site with a sentence of another random page's body added
// after its last one (the same pages every run), as `serve` does (Save,
// then Settle), and puts it back. Such a save may make a term common or
// no longer common, which changes every pack of the search export: it
// must cost no more than twice an ordinary save all the same. Reported:
// the median and slowest whole save, and the search export files the
// saves wrote.
//
//	go test ./build -run '^$' -bench SessionSentence -benchtime 1x
//	SITE=/tmp/c10k go test ./build -run '^$' -bench SessionSentence -benchtime 1x   # a copy of a corpus already made
func BenchmarkSessionSentence(b *testing.B) {
	site := benchSite(b, 10000)
	session, res := NewSession(Options{SiteDir: site})
	if res.Diags.HasErrors() {
		b.Fatal(res.Diags)
	}
	pages, _ := filepath.Glob(filepath.Join(site, "content/*/*/skill-*.md"))
	slices.Sort(pages)
	for b.Loop() {
		rng := rand.New(rand.NewSource(1))
		var times []time.Duration
		exported := 0
		for range 40 {
			page, other := pages[rng.Intn(len(pages))], pages[rng.Intn(len(pages))]
			took, files := saveSentence(b, session, page, other, rng)
			times, exported = append(times, took), exported+files
		}
		slices.Sort(times)
		b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
		b.ReportMetric(float64(times[len(times)-1].Microseconds())/1000, "ms-slowest")
		b.ReportMetric(float64(exported), "export-files")
	}
}

// saveSentence adds a sentence of other's body to page, saves it, and puts
// it back; it returns how long the save took and how many search export
// files it wrote.
func saveSentence(b *testing.B, session *Session, page, other string, rng *rand.Rand) (time.Duration, int) {
	src, err := os.ReadFile(page)
	if err != nil {
		b.Fatal(err)
	}
	from, err := os.ReadFile(other)
	if err != nil {
		b.Fatal(err)
	}
	body, _, _ := strings.Cut(string(from), "\n## 牢记要点")
	var sentences []string
	for _, s := range strings.Split(body, "。") {
		if !strings.Contains(s, "\n") && s != "" {
			sentences = append(sentences, s+"。")
		}
	}
	text := string(src)
	end := strings.LastIndex(text[:strings.Index(text, "\n## 牢记要点")], "。") + len("。")
	if err := os.WriteFile(page, []byte(text[:end]+sentences[rng.Intn(len(sentences))]+text[end:]), 0o644); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	res, _ := session.Update([]string{page})
	took := time.Since(start)
	if err := os.WriteFile(page, src, 0o644); err != nil {
		b.Fatal(err)
	}
	if back, _ := session.Update([]string{page}); res.Diags.HasErrors() || back.Diags.HasErrors() {
		b.Fatal(res.Diags, back.Diags)
	}
	files := 0
	for _, f := range res.Files {
		if strings.HasPrefix(f.Path, search.ExportDir) {
			files++
		}
	}
	return took, files
}

// benchSite is a copy of the corpus at $SITE, or a generated one of n skill
// points.
func benchSite(b *testing.B, n int) string {
	site := b.TempDir()
	if from := os.Getenv("SITE"); from != "" {
		if err := os.CopyFS(site, os.DirFS(from)); err != nil {
			b.Fatal(err)
		}
		return site
	}
	if err := corpus.Write(site, corpus.DefaultShape(n)); err != nil {
		b.Fatal(err)
	}
	return site
}
