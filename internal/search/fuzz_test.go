package search

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSnippet makes a snippet of any text for any query: no input panics,
// the snippet holds no markup but <mark>, and the match is inside the text.
// Seeds: testdata/fuzz/FuzzSnippet.
//
//	go test ./internal/search -run '^$' -fuzz FuzzSnippet -fuzztime 60s
func FuzzSnippet(f *testing.F) {
	f.Add("客户服务培训的目的是提高服务质量", "培训")
	f.Add("<script>alert(1)</script> ISO9001", "script ISO")
	f.Fuzz(func(t *testing.T, text, query string) {
		snippet, first := Snippet(text, Analyze(query))
		checkSnippet(t, snippet)
		if first < -1 || first > utf8.RuneCountInString(text) {
			t.Errorf("match at %d of %d characters", first, utf8.RuneCountInString(text))
		}
	})
}

// FuzzQuery runs any query against a small index: no input panics or
// fails, and no result's snippet holds markup but <mark>. Seeds:
// testdata/fuzz/FuzzQuery.
//
//	go test ./internal/search -run '^$' -fuzz FuzzQuery -fuzztime 60s
func FuzzQuery(f *testing.F) {
	for _, q := range []string{"客户", "ISO9001 培训", "技能点5", `"服务" OR -x +y:z~2 ^3 *`, "ｉｓｏ", "训"} {
		f.Add(q)
	}
	ix := New(testDocs(60, "<b>客户</b> 服务 & \"引号\""), testOptions)
	f.Fuzz(func(t *testing.T, q string) {
		Phrase(q)
		res, err := ix.Search(context.Background(), q, 5)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		for _, r := range res {
			checkSnippet(t, r.Snippet)
		}
	})
}

func checkSnippet(t *testing.T, snippet string) {
	t.Helper()
	bare := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(snippet)
	if strings.ContainsAny(bare, `<>"`) {
		t.Errorf("snippet holds markup: %q", snippet)
	}
}
