package search

import "testing"

func TestSnippet(t *testing.T) {
	text := "技能描述\n员工要懂得尊重客户，部门之间要沟通。\n牢记要点\n尊重客户的权利\n"
	for _, c := range []struct {
		query, want string
		first       int
	}{
		// the whole key point, not the first place its words occur
		{"尊重客户的权利", "…得<mark>尊重客户</mark>，部门之间要沟通。 牢记要点 <mark>尊重客户的权利</mark>", 29},
		{"部门", "技能描述 员工要懂得尊重客户，<mark>部门</mark>之间要沟通。 牢记要点 尊重客户的权利", 15},
		{"不存在", "技能描述 员工要懂得尊重客户，部门之间要沟通。 牢记要点 尊重客户的权利", -1},
		{"<b>", "技能描述 员工要懂得尊重客户，部门之间要沟通。 牢记要点 尊重客户的权利", -1},
	} {
		got, first := Snippet(text, Analyze(c.query))
		if got != c.want || first != c.first {
			t.Errorf("Snippet(%q) = %q, %d\nwant %q, %d", c.query, got, first, c.want, c.first)
		}
	}
}
