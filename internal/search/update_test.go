package search

import (
	"fmt"
	"strings"
	"testing"

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

// TestUpdateMatchesFreshExport edits one document and checks that the
// export files it made stale, written afresh over the first export, equal a
// fresh export of the edited documents.
func TestUpdateMatchesFreshExport(t *testing.T) {
	ix := New(testDocs(300, "原来的文字：客户服务"), testOptions)
	files := map[string]string{}
	for _, f := range ix.Export() {
		files[f.Path] = string(f.Data)
	}
	if ix.shards < 4 {
		t.Fatalf("only %d shards", ix.shards)
	}
	edited := testDocs(300, "改过的文字：倾听顾客，ＳＬＡ")
	if all, err := ix.Update(edited[5]); err != nil || all != nil {
		t.Fatalf("Update: %d files, %v", len(all), err)
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
	if stale == 0 || stale > ix.shards/2 {
		t.Fatalf("%d stale shards of %d", stale, ix.shards)
	}
	fresh := New(edited, testOptions).Export()
	for _, f := range fresh {
		if files[f.Path] != string(f.Data) {
			t.Errorf("%s differs from a fresh export:\n got  %.200s\n want %.200s", f.Path, files[f.Path], f.Data)
		}
	}
	if len(fresh) != len(files) {
		t.Errorf("%d files, a fresh export has %d", len(files), len(fresh))
	}
}

// testOptions cut the test documents into words with the dictionary.
var testOptions = Options{Words: segmenter.New(nil)}
