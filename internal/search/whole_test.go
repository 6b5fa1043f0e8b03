package search

import (
	"context"
	"testing"
)

// TestWholeQueryFirst checks that the pages that hold every term of a
// query rank above those found by its words, however much of the query
// the latter hold in their titles and key points: 赋予部分培 is in p5's
// body; p6's title and key point say 赋予部分 and nothing of 分培. (The
// slots alone put p6 first: 3 of the 4 pairs in the title outweigh 4 in the
// body.)
func TestWholeQueryFirst(t *testing.T) {
	docs := testDocs(40, "客户服务目标市场定位热情周到完美员工管理质量赋予部分培训员工的权力服务培训")
	docs = retitled(docs, 6, "赋予部分权力", "赋予部分职责给员工")
	ix := New(docs, testOptions)
	hits, err := ix.Search(context.Background(), "赋予部分培", 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.URL)
	}
	if len(got) < 2 || got[0] != "p5/" || got[1] != "p6/" {
		t.Errorf("Search(赋予部分培) = %v, want p5/ (holds it) first, then p6/ (its words)", got)
	}
}
