package search

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestRelax checks that a query keeps the words some page has all of,
// dropping those that match nothing, then the optional ones, then the
// commonest first; and that the page with all of them comes first.
func TestRelax(t *testing.T) {
	ix := New(testDocs(300, "倾听顾客的声音"), testOptions)
	for _, c := range []struct {
		query string
		want  []string // the first term of each group kept
	}{
		{"倾听顾客", []string{"倾听", "顾客"}},
		{"倾听火星顾客", []string{"倾听", "顾客"}},        // 火, 星 match nothing
		{"倾听声音培训", []string{"倾听", "声音"}},        // no page has 培训 beside them: the commoner goes
		{"怎么倾听", []string{"倾听"}},                // 怎么 is optional
		{"倾听客户的声音", []string{"倾听", "客户", "声音"}}, // 客户 stands for 顾客 too; 的 is left out
		{"火星", nil},
	} {
		var got []string
		all, sizes := ix.matchingUnits(ix.units(c.query), true)
		for _, g := range flatten(ix.relax(all, sizes, nil)) {
			got = append(got, g[0])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("relax(%q) = %v, want %v", c.query, got, c.want)
		}
	}
	hits, err := ix.Search(context.Background(), "倾听火星顾客", 10)
	if err != nil || len(hits) == 0 || hits[0].URL != "p5/" {
		t.Errorf("Search: %v, %v; want p5/ first", hits, err)
	}
	hits, err = ix.Search(context.Background(), "怎么倾听客户的声音", 10)
	if err != nil || len(hits) == 0 || hits[0].URL != "p5/" || hits[0].Snippet != "<mark>倾听顾客</mark>的<mark>声音</mark>" {
		t.Errorf("Search: %v, %v; want p5/ first, its synonym marked", hits, err)
	}
}

// TestSiteSynonyms checks a site's own synonyms, Latin ones folded as
// queries are: ＳＬＡ finds the page that says 服务水平协议.
func TestSiteSynonyms(t *testing.T) {
	docs := testDocs(40, "签订服务水平协议")
	ix := New(docs, Options{Words: testOptions.Words, Synonyms: [][]string{{"SLA", "服务水平协议"}}})
	hits, err := ix.Search(context.Background(), "ＳＬＡ", 10)
	if err != nil || len(hits) != 1 || hits[0].URL != "p5/" {
		t.Fatalf("Search: %v, %v; want p5/ alone", hits, err)
	}
	if want := "签订<mark>服务水平协议</mark>"; !strings.Contains(hits[0].Snippet, want) {
		t.Errorf("snippet %q, want %q in it", hits[0].Snippet, want)
	}
}

// TestScatteredCharacters checks that a query whose words are none of the
// site's finds the pages that hold one of its character pairs, not those
// that hold its characters one by one: 量子计算机 finds 孩子计划 (子计), not
// a page of 数量, 孩子, 统计, 算法 and 机会; and that characters asked
// together that no page holds together find nothing.
func TestScatteredCharacters(t *testing.T) {
	docs := testDocs(300, "数量不多的孩子计划用算法找机会")
	for _, i := range []int{7, 9} {
		docs[i].Text = "数量，孩子，统计，算法，机会"
		docs[i].fields[4] = docs[i].Text
	}
	ix := New(docs, testOptions)
	all, _ := ix.matchingUnits(ix.units("量子计算机"), true)
	if got := ix.pairGroup(Analyze("量子计算机"), all); !slices.Equal(got, []string{"子计"}) {
		t.Fatalf("pairGroup = %v, want [子计] (every word a lone character)", got)
	}
	a, err := ix.Ask(context.Background(), "量子计算机", 10)
	if err != nil || len(a.Results) != 1 || a.Results[0].URL != "p5/" {
		t.Errorf("Ask: %+v, %v; want p5/ alone", a.Results, err)
	}
	// 的数孩: no page has 数孩 (的 is a function word); 数 孩, asked apart, is in three
	for q, want := range map[string]int{"的数孩": 0, "数 孩": 3} {
		if hits, err := ix.Search(context.Background(), q, 10); err != nil || len(hits) != want {
			t.Errorf("Search(%q) = %v, %v; want %d pages", q, hits, err, want)
		}
	}
}
