package main

import (
	"strings"
	"testing"
)

// TestTransformations derives each class from a phrase cut at spaces.
func TestTransformations(t *testing.T) {
	sources := []source{
		{url: "a/", text: "党员党员党愿", phrases: []string{"培训 客户 服务 意识", "关心 员工"}},
		{url: "b/", text: "", phrases: []string{"提高 培训 客户 服务 意识 水平"}},
	}
	for i := range sources {
		sources[i].lines = sources[i].phrases
	}
	pages := append(sources, source{url: "c/", lines: []string{"意识 与 服务 培训 客户"}}, source{url: "d/", lines: []string{"培训 客户", "服务 意识"}})
	d := newDeriver(sources, pages, strings.Fields)
	words := d.wordsOf("培训 客户 服务 意识")
	for _, c := range []struct {
		class, want string
		n           int
	}{
		{"question", "怎么培训客户服务意识", 0},
		{"question", "培训客户服务意识是什么", 2},
		{"reorder", "意识培训客户服务", 0},
		{"dropped", "培训客户意识", 0},
		{"added", "关于培训客户服务意识", 1},
		{"synonym", "训练客户服务意识", 0},
	} {
		for _, k := range classes {
			if k.name == c.class {
				if got, _, ok := k.derive(d, words, c.n); !ok || got != c.want {
					t.Errorf("%s %d: %q, %v; want %q", c.class, c.n, got, ok, c.want)
				}
			}
		}
	}
	if got, _, ok := d.pinyin([]string{"党员", "关心"}, 0); !ok || got != "党愿关心" {
		t.Errorf("pinyin: %q, %v", got, ok)
	}
	// c/ holds every word in one line, in another order; d/ holds them in two lines only.
	if got := d.answers(0, asIs(words)); strings.Join(got, " ") != "a/ b/ c/" {
		t.Errorf("answers: %v", got)
	}
	_, dropped, _ := d.dropped(words, 0)
	if got := d.answers(1, dropped); strings.Join(got, " ") != "b/ a/ c/" {
		t.Errorf("answers, a word left out: %v", got)
	}
}
