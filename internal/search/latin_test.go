package search

import (
	"context"
	"slices"
	"testing"
)

// TestLatinForms checks that a word of letters and digits finds the pages
// that write it whole and those that write it apart, both ways round:
// ISO 9001, ISO-9001 and ISO9001 find ISO9001 and ISO 9001 alike, and name
// nothing dropped; 5S stays whole (a lone letter or digit is anywhere).
func TestLatinForms(t *testing.T) {
	docs := testDocs(40, "")
	texts := map[int]string{3: "通过ISO9001认证", 5: "按照ISO 9001标准执行", 8: "ISO质量管理体系", 11: "推行5S管理", 12: "第5条 s级"}
	for i := range docs {
		docs[i].Title, docs[i].fields[0] = "技能点", "技能点"
		docs[i].Text = "客户服务培训"
		if s, ok := texts[i]; ok {
			docs[i].Text = s
		}
		docs[i].fields[4] = docs[i].Text
	}
	ix := New(docs, testOptions)
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"ISO 9001", []string{"p3/", "p5/"}},
		{"ISO-9001", []string{"p3/", "p5/"}},
		{"ISO9001", []string{"p3/", "p5/"}},
		{"5S", []string{"p11/"}},
	} {
		a, err := ix.Ask(context.Background(), c.query, 10)
		var got []string
		for _, r := range a.Results {
			got = append(got, r.URL)
		}
		slices.Sort(got)
		if err != nil || !slices.Equal(got, c.want) || len(a.Dropped) != 0 {
			t.Errorf("Ask(%q) = %v, dropped %v, %v; want %v, nothing dropped", c.query, got, a.Dropped, err, c.want)
		}
	}
	if got := latinParts("iso9001"); !slices.Equal(got, []string{"iso", "9001"}) {
		t.Errorf("latinParts(iso9001) = %v", got)
	}
}
