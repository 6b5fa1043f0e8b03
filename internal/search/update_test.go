package search

import (
	"fmt"
	"strings"
	"testing"

	"skillbook/internal/output"
	"skillbook/internal/segmenter"
)

// testDocs are documents of made-up Chinese text, enough for many shards.
func testDocs(n int, variant string) []Doc {
	words := strings.Fields("客户 服务 培训 目标 市场 定位 热情 周到 完美 员工 管理 质量 ISO9001 96345 的 和 与")
	docs := make([]Doc, n)
	for i := range docs {
		var b strings.Builder
		for j := range 40 + i%7 {
			b.WriteString(words[(i*7+j*3)%len(words)])
		}
		text := b.String()
		if i == 5 {
			text = variant
		}
		title := fmt.Sprintf("技能点%d %s", i, words[i%len(words)])
		docs[i] = Doc{ID: fmt.Sprint(i), URL: fmt.Sprintf("p%d/", i), Title: title, Kind: "skill", Text: text,
			Anchors: []Anchor{}, fields: []string{title, "", "", "", text, "", phraseText(title, nil)}}
	}
	return docs
}

// retitled gives document i of docs a new title and key points.
func retitled(docs []Doc, i int, title string, keyPoints ...string) []Doc {
	d := &docs[i]
	d.Title = title
	d.fields[0], d.fields[1] = title, strings.Join(keyPoints, "\n")
	d.fields[len(d.fields)-1] = phraseText(title, keyPoints)
	return docs
}

// TestUpdateMatchesFreshExport edits one document again and again — its
// body, its common terms, its title and key points — and checks after each
// edit that the export files it made stale, written afresh over the first
// export, equal a fresh export of the edited documents.
func TestUpdateMatchesFreshExport(t *testing.T) {
	ix := New(testDocs(300, "原来的文字：客户服务"), testOptions)
	files := map[string]string{}
	for _, f := range ix.Export() {
		files[f.Path] = string(f.Data)
	}
	if ix.shards < 4 {
		t.Fatalf("only %d shards", ix.shards)
	}
	edits := []struct {
		name   string
		docs   []Doc
		stale  string // a file the edit makes stale
		shards int    // the most shards it may make stale
	}{
		{"body", testDocs(300, "改过的文字：倾听顾客，ＳＬＡ"), "", ix.shards / 2},
		{"common terms", testDocs(300, "改过的文字"), "", ix.shards / 2},
		{"title and key points", retitled(testDocs(300, "改过的文字"), 5, "倾听顾客的抱怨 zq", "先道歉", "再记录"), ExportDir + "n/0.js", ix.shards * 3 / 4},
	}
	for _, e := range edits {
		if whole, err := ix.Update(e.docs[5]); err != nil || whole {
			t.Fatalf("%s: Update: whole %v, %v", e.name, whole, err)
		}
		stale := 0
		for name := range files {
			if f, ok := ix.Fresh(name); ok {
				files[name] = string(f.Data)
				if strings.HasPrefix(name, ExportDir+"t/") {
					stale++
				}
			}
		}
		if _, ok := ix.Fresh(e.stale); e.stale != "" && !ok {
			t.Errorf("%s: %s is not stale", e.name, e.stale)
		}
		if stale == 0 || stale > e.shards {
			t.Errorf("%s: %d stale shards of %d", e.name, stale, ix.shards)
		}
		fresh := New(e.docs, testOptions)
		sameExport(t, e.name, files, fresh.Export())
		if ix.nearBytes != fresh.nearBytes || ix.size != fresh.size {
			t.Errorf("%s: near files of %d bytes and postings of %d, a fresh index %d and %d", e.name, ix.nearBytes, ix.size, fresh.nearBytes, fresh.size)
		}
	}
}

// sameExport checks that an export, as files by path, is the fresh one.
func sameExport(t *testing.T, name string, files map[string]string, fresh []output.File) {
	t.Helper()
	for _, f := range fresh {
		if files[f.Path] != string(f.Data) {
			t.Errorf("%s: %s differs from a fresh export:\n got  %.200s\n want %.200s", name, f.Path, files[f.Path], f.Data)
		}
	}
	if len(fresh) != len(files) {
		t.Errorf("%s: %d files, a fresh export has %d", name, len(files), len(fresh))
	}
}

// TestUpdateExportsWhenNearFilesGrow gives a page titles of ever more new
// words until the near files need another file: Update then reports that
// the export is to be written whole, which equals a fresh one; put back,
// the site's near files shrink back to the first count.
func TestUpdateExportsWhenNearFilesGrow(t *testing.T) {
	docs := testDocs(300, "原来的文字")
	ix := New(docs, testOptions)
	first := ix.Export()
	count := ix.nearShards
	var words []string
	for ix.nearShards == count {
		if len(words) > 5000 {
			t.Fatalf("the near files stay %d after %d new words", count, len(words))
		}
		for range 40 {
			words = append(words, fmt.Sprintf("zq%d", len(words)))
		}
		edited := retitled(testDocs(300, "原来的文字"), 5, strings.Join(words, " "))
		whole, err := ix.Update(edited[5])
		if err != nil || nearShardCount(ix.nearBytes) != count && !whole {
			t.Fatalf("%d words: whole %v, %v", len(words), whole, err)
		}
		if whole {
			sameExport(t, fmt.Sprintf("%d words", len(words)), exported(ix.Export()), New(edited, testOptions).Export())
		}
	}
	whole, err := ix.Update(testDocs(300, "原来的文字")[5])
	if err != nil || !whole {
		t.Fatalf("put back: whole %v, %v", whole, err)
	}
	sameExport(t, "put back", exported(ix.Export()), first)
	if ix.nearShards != count {
		t.Errorf("put back: %d near files, first %d", ix.nearShards, count)
	}
}

func exported(files []output.File) map[string]string {
	out := map[string]string{}
	for _, f := range files {
		out[f.Path] = string(f.Data)
	}
	return out
}

// testOptions cut the test documents into words with the dictionary.
var testOptions = Options{Words: segmenter.New(nil)}
