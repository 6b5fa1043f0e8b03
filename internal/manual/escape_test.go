package manual

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"skillbook/internal/markdown"
)

// TestEscapedParagraphsReadAsWritten: a paragraph whose first characters
// would be Markdown syntax is escaped so that it renders as one paragraph
// showing exactly what the manual says, with no backslash in sight (a
// backslash before a digit, as in \3., is no escape and would show).
func TestEscapedParagraphsReadAsWritten(t *testing.T) {
	conv := markdown.New("技能描述", "牢记要点")
	for _, s := range []string{
		"3.指导质量管理工作组的工作", "8)保安队长职责", "12. 收集月报", "1)总经理职责",
		"# 不是标题", "> 不是引用", "- 不是列表", "+ 不是列表", "* 不是列表", "=== 不是标题",
		"___ 不是分隔线", "~~~ 不是代码", "<b>不是标签", "| 不是表格 |", "a*b*c_d_`e`[f](g)",
	} {
		doc, _ := conv.Parse([]byte(escapeLine(s)))
		if _, ok := doc.Root.FirstChild().(*ast.Paragraph); !ok || doc.Root.ChildCount() != 1 {
			t.Errorf("%q → %q is not one paragraph", s, escapeLine(s))
		}
		if got := strings.TrimSpace(doc.Text); got != s {
			t.Errorf("%q → %q reads %q", s, escapeLine(s), got)
		}
	}
}
