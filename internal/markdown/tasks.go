package markdown

import (
	"html"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// labelledTasks renders GFM task-list checkboxes with the item's text as
// their accessible name; goldmark's own have none, which screen readers
// announce as an unlabelled checkbox.
type labelledTasks struct{}

// Extend registers the renderer ahead of GFM's.
func (labelledTasks) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(labelledTasks{}, 100)))
}

// RegisterFuncs implements renderer.NodeRenderer.
func (labelledTasks) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(extast.KindTaskCheckBox, renderTask)
}

func renderTask(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	box := n.(*extast.TaskCheckBox)
	_, _ = w.WriteString(`<input type="checkbox" disabled`)
	if box.IsChecked {
		_, _ = w.WriteString(` checked`)
	}
	_, _ = w.WriteString(` aria-label="` + html.EscapeString(PlainText(n.Parent(), src)) + `"> `)
	return ast.WalkContinue, nil
}
