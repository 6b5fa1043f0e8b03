package search

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestPinyinKey keys terms by their toneless readings.
func TestPinyinKey(t *testing.T) {
	for term, want := range map[string]string{"培训": "peixun", "陪训": "peixun", "客护": "kehu", "绿色": "lvse", "培": "", "a培": "", "𠀀培": ""} {
		if got := PinyinKey(term); got != want {
			t.Errorf("PinyinKey(%q) = %q, want %q", term, got, want)
		}
	}
}

// TestCorrect replaces a pair of characters that no page has by the
// site's term of the same pinyin, unless that would change a character of
// a pair that pages have.
// TestCorrectReversedPair corrects a pair that pages have the other way
// round only across two words (护客 of 保护客户), and leaves one they have
// the other way round as a word (务服: pages have 服务).
func TestCorrectReversedPair(t *testing.T) {
	ix := New(testDocs(60, "保护客户的利益"), testOptions)
	if got, ok := ix.Correct("客护"); !ok || got != "客户" {
		t.Errorf("Correct(客护) = %q, %v; want 客户", got, ok)
	}
	if got, ok := ix.Correct("务服"); ok {
		t.Errorf("Correct(务服) = %q; want it unchanged", got)
	}
}

func TestCorrect(t *testing.T) {
	docs := testDocs(60, "记住客户的名字即可，培训活动。第二章")
	ix := New(docs, testOptions)
	for _, c := range []struct{ query, want string }{
		{"陪训员工", "培训员工"}, // 陪训 → 培训; 训员 has no homophone on the site
		{"客护 ISO9001", "客户 ISO9001"},
		{"记客户", ""}, // 即可 would change 客 of 客户
		{"目标市场定为", "目标市场定位"},
		{"培训", ""},
		{"培训火星", ""},       // 训火 is xunhuo, as 训活 of the page's 培训活动, but 活星 is in no page
		{"什么是培训", ""},      // 么是 matches nothing, but 是 is kept as typed
		{"ＡＢＣ陪训", "ABC培训"}, // NFKC-folded when changed
		{"peixun", "培训"},   // pinyin typed with the input method off
		{"PeiXun 员工", "培训 员工"},
		{"kehu2", ""},     // a digit beside: no pinyin
		{"pei xun", "培训"}, // syllables typed apart
		{"ke hu  pei'xun", "客户  培训"},
		{"pei xun xyz", "培训 xyz"},
		{"pei, xun", ""},      // a comma between: words of their own
		{"customer", ""},      // no term sounds so
		{"记住 ke hu", "记住 客户"}, // Han characters before
		{"第2章 培训", "第二章 培训"},  // pages have 第二 and 二章
		{"第２章", "第二章"},        // NFKC-folded
		{"第12条", ""},          // no page has 第十 and 十二
		{"第02章", ""},          // a leading zero: as typed
		{"第9001", ""},         // more than two digits
	} {
		got, ok := ix.Correct(c.query)
		if c.want == "" {
			if ok || got != c.query {
				t.Errorf("Correct(%q) = %q, %v; want it unchanged", c.query, got, ok)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("Correct(%q) = %q, %v; want %q", c.query, got, ok, c.want)
		}
	}
	// Only a word replaces a slip: pages that have 心人 across two words
	// (开心人) leave 新人培训 as typed; 倾听, a word, replaces 倾停 beside
	// 客户, a word the lexicon knows.
	ix = New(testDocs(60, "让开心人员倾听客户培训"), testOptions)
	for query, want := range map[string]string{"新人培训": "新人培训", "倾停客户": "倾听客户"} {
		if got, _ := ix.Correct(query); got != want {
			t.Errorf("Correct(%q) = %q, want %q", query, got, want)
		}
	}
	// Syllables that pages have, each of them, are words of their own.
	if got, ok := New(testDocs(60, "培训 pei xun"), testOptions).Correct("pei xun"); ok || got != "pei xun" {
		t.Errorf("Correct(pei xun) = %q, %v, on pages that say pei and xun", got, ok)
	}
	// 思 may change although pages have 思的, for they have 司的 too.
	if got, ok := New(testDocs(60, "公司的思维，思的"), testOptions).Correct("公思的"); got != "公司的" || !ok {
		t.Errorf("Correct(公思的) = %q, %v", got, ok)
	}
	if got := ix.SamePinyin("陪训"); !slices.Equal(got, []string{"培训"}) {
		t.Errorf("SamePinyin(陪训) = %q", got)
	}
}

// TestAsk says which query it searched instead, names the words the
// results leave out, and suggests pages when nothing is found, or nothing
// but the query's characters one by one.
func TestAsk(t *testing.T) {
	ix := New(testDocs(60, "倾听顾客的声音"), testOptions)
	a, err := ix.Ask(context.Background(), "怎么倾听顾客", 10)
	if err != nil || len(a.Results) == 0 || a.Results[0].URL != "p5/" || a.Instead != "" || !slices.Equal(a.Dropped, []string{"怎么"}) || len(a.Suggestions) != 0 {
		t.Errorf("怎么倾听顾客: %+v, %v", a, err)
	}
	a, _ = ix.Ask(context.Background(), "陪训", 3)
	if a.Instead != "培训" || len(a.Results) != 3 || len(a.Dropped) != 0 {
		t.Errorf("陪训: %+v", a)
	}
	// 火星 and xyz are in no page; 点 is in every title, 客 in every
	// seventeenth: the pages found by 点 or 客 alone leave out the whole
	// query, so there is no result. One shared character is not enough to
	// suggest a page; the pages with both 点 and 客 are suggested.
	for q, want := range map[string][]string{
		"火星点xyz":  nil,
		"火星客点xyz": {"技能点0 客户", "技能点17 客户", "技能点34 客户", "技能点51 客户"},
	} {
		a, _ = ix.Ask(context.Background(), q, 10)
		var titles []string
		for _, s := range a.Suggestions {
			titles = append(titles, s.Title)
		}
		if len(a.Results) != 0 || len(a.Dropped) != 0 || !slices.Equal(titles, want) {
			t.Errorf("%s: %+v", q, a)
		}
	}
}

// TestPinyinTableFiles reads the pinyin table back from its files as the
// browser does and compares every character with charPinyin: one file, so
// that a query's characters cost one request.
func TestPinyinTableFiles(t *testing.T) {
	files := pinyinTableFiles()
	if len(files) != 1 {
		t.Fatalf("%d files, want 1", len(files))
	}
	for b, f := range files {
		var data []json.RawMessage
		script, err := Unpack(f.Data, nil)
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		if err := json.Unmarshal(bytes.TrimSuffix(bytes.TrimPrefix(script, []byte("Skillbook.searchPinyin(")), []byte(");\n")), &data); err != nil || len(data) != 3 {
			t.Fatalf("%s: %v", f.Path, err)
		}
		var syllables []string
		var codes string
		_ = json.Unmarshal(data[1], &syllables)
		_ = json.Unmarshal(data[2], &codes)
		for i := 0; 2*i < len(codes); i++ {
			r := rune(pinyinFirst + b*pinyinBlock + i)
			n := strings.IndexByte(pinyinDigits, codes[2*i])*64 + strings.IndexByte(pinyinDigits, codes[2*i+1])
			got := ""
			if n > 0 {
				got = syllables[n-1]
			}
			if got != charPinyin(r) {
				t.Fatalf("%s: %c is %q, want %q", f.Path, r, got, charPinyin(r))
			}
		}
		if b == len(files)-1 && pinyinFirst+b*pinyinBlock+len(codes)/2 != pinyinLast+1 {
			t.Errorf("the table ends at %x", pinyinFirst+b*pinyinBlock+len(codes)/2)
		}
	}
}

// TestHanNumber writes numbers as the pages' Chinese numerals.
func TestHanNumber(t *testing.T) {
	for n, want := range map[int]string{0: "", 1: "一", 6: "六", 10: "十", 12: "十二", 20: "二十", 21: "二十一", 99: "九十九", 100: ""} {
		if got := hanNumber(n); got != want {
			t.Errorf("hanNumber(%d) = %q, want %q", n, got, want)
		}
	}
}
