package markdown

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// inlineTags renders the few inline HTML tags that Markdown has no syntax
// for and imported manuals need — a line break inside a table cell,
// superscript and subscript — and omits every other raw HTML, as goldmark
// does without its unsafe option.
type inlineTags struct{}

// allowedTags are the tags inlineTags lets through, exactly as written.
var allowedTags = map[string]bool{
	"<br>": true, "<br/>": true, "<br />": true,
	"<sup>": true, "</sup>": true, "<sub>": true, "</sub>": true,
}

// Extend registers the renderer ahead of goldmark's own.
func (inlineTags) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(inlineTags{}, 100)))
}

// RegisterFuncs implements renderer.NodeRenderer.
func (inlineTags) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, renderInlineTag)
}

func renderInlineTag(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	var tag strings.Builder
	segs := n.(*ast.RawHTML).Segments
	for i := range segs.Len() {
		seg := segs.At(i)
		tag.Write(seg.Value(src))
	}
	if t := strings.ToLower(tag.String()); allowedTags[t] {
		_, _ = w.WriteString(t)
		return ast.WalkSkipChildren, nil
	}
	_, _ = w.WriteString("<!-- raw HTML omitted -->")
	return ast.WalkSkipChildren, nil
}
