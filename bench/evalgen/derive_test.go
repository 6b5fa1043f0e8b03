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
	d := newDeriver(sources, strings.Fields)
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
				if got, ok := k.derive(d, words, c.n); !ok || got != c.want {
					t.Errorf("%s %d: %q, %v; want %q", c.class, c.n, got, ok, c.want)
				}
			}
		}
	}
	if got, ok := d.pinyin([]string{"党员", "关心"}, 0); !ok || got != "党愿关心" {
		t.Errorf("pinyin: %q, %v", got, ok)
	}
	if got := d.answers(0, "培训客户服务意识"); strings.Join(got, " ") != "a/ b/" {
		t.Errorf("answers: %v", got)
	}
}
