package manual

import (
	"fmt"
	"slices"
	"testing"
)

// TestTypedTableOfContentsLeftOut: a table of contents typed into a
// manual, under a 目录 line or as a run of entries with leaders, is left
// out and reported; chapters and skill points are read once, in order.
func TestTypedTableOfContentsLeftOut(t *testing.T) {
	body := "第一章 服务理念\n本章讲服务理念。\n技能点1 如何理解服务\n技能描述\n服务是无形的产品。\n第二章 服务技巧\n技能点1 如何倾听客户\n技能描述\n倾听要耐心。\n"
	for _, tc := range []struct{ name, toc, note string }{
		{"目录 and leaders", "目录\n第一章 服务理念……………………1\n技能点1 如何理解服务………………2\n第二章 服务技巧……………………4\n", "3: left out the table of contents (目录, 4 line(s))"},
		{"目 录 and page numbers", "目　录\n第一章 服务理念 1\n技能点1 如何理解服务 2\n第二章 服务技巧 4\n", "3: left out the table of contents (目录, 4 line(s))"},
		{"leaders alone", "第一章 服务理念.........1\n技能点1 如何理解服务.....2\n第二章 服务技巧.........4\n", "3: left out the table of contents (目录, 3 line(s))"},
	} {
		m := Parse("客户服务培训手册\n\n" + tc.toc + body)
		var got []string
		for _, ch := range m.Chapters {
			got = append(got, "# "+ch.Title)
			for _, s := range ch.Skills {
				got = append(got, "## "+s.Title)
			}
		}
		if want := []string{"# 第一章 服务理念", "## 如何理解服务", "# 第二章 服务技巧", "## 如何倾听客户"}; !slices.Equal(got, want) || m.Title != "客户服务培训手册" {
			t.Errorf("%s: %q titled %q, want %q", tc.name, got, m.Title, want)
		}
		if !slices.ContainsFunc(m.Notes, func(n Note) bool {
			return n.Lost && fmtNote(n) == tc.note+": the site lists the chapters and skill points itself"
		}) {
			t.Errorf("%s: notes %+v, want %q", tc.name, m.Notes, tc.note)
		}
	}
	// A line ending in a number is not an entry outside a table of contents.
	m := Parse("第一章 服务理念\n技能点1 如何理解服务\n技能描述\n客户满意度提高到 95\n服务要做到 24\n")
	if m.SkillCount() != 1 || slices.ContainsFunc(m.Notes, func(n Note) bool { return n.Lost }) {
		t.Errorf("body lines ending in numbers: %d skill points, notes %+v", m.SkillCount(), m.Notes)
	}
}

func fmtNote(n Note) string { return fmt.Sprintf("%d: %s", n.Line, n.Message) }
