package markdown

import (
	"bufio"
	"bytes"
	stdhtml "html"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
)

// Link is a link or image of the body: Node is an *ast.Link or *ast.Image.
type Link struct {
	Node   ast.Node
	Offset int
}

// Destination returns the link's target as written.
func (l Link) Destination() string {
	switch n := l.Node.(type) {
	case *ast.Link:
		return string(n.Destination)
	case *ast.Image:
		return string(n.Destination)
	}
	return ""
}

// SetDestination replaces the link's target.
func (l Link) SetDestination(dest string) {
	switch n := l.Node.(type) {
	case *ast.Link:
		n.Destination = []byte(dest)
	case *ast.Image:
		n.Destination = []byte(dest)
	}
}

func links(root ast.Node) []Link {
	var out []Link
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *ast.Link, *ast.Image:
			out = append(out, Link{Node: n, Offset: n.Pos()})
		}
		return ast.WalkContinue, nil
	})
	return out
}

// headings lists the level 2 and 3 headings, for the table of contents,
// and the ids of every heading (anchors), in one walk of the tree.
func headings(root ast.Node, src []byte) (toc []Heading, anchors []string) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		anchors = append(anchors, headingID(h))
		if h.Level == 2 || h.Level == 3 {
			toc = append(toc, Heading{Level: h.Level, ID: anchors[len(anchors)-1], Text: PlainText(h, src)})
		}
		return ast.WalkSkipChildren, nil
	})
	return toc, anchors
}

func headingID(h *ast.Heading) string {
	id, _ := h.AttributeString("id")
	b, _ := id.([]byte)
	return string(b)
}

// PlainText returns the text of a node and its descendants, without markup.
func PlainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			writeShown(&b, t, src)
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.CodeSpan:
			for g := t.FirstChild(); g != nil; g = g.NextSibling() {
				if s, ok := g.(*ast.Text); ok {
					b.Write(s.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// writeShown writes a text node as the page shows it into b: backslash
// escapes and entity references resolved the way goldmark's HTML writer
// resolves them (a text that has none is written as it is).
func writeShown(b *strings.Builder, t *ast.Text, src []byte) {
	v := t.Segment.Value(src)
	if t.IsRaw() || bytes.IndexAny(v, "\\&\x00") < 0 {
		b.Write(v)
		return
	}
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	html.DefaultWriter.Write(w, v)
	_ = w.Flush()
	b.WriteString(stdhtml.UnescapeString(out.String()))
}

func (c *Converter) summary(root ast.Node, src []byte) string {
	var first, afterDescription ast.Node
	inDescription := false
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			inDescription = PlainText(h, src) == c.DescriptionHeading
		}
		if _, ok := n.(*ast.Paragraph); ok {
			if first == nil {
				first = n
			}
			if inDescription && afterDescription == nil {
				afterDescription = n
			}
		}
	}
	if afterDescription != nil {
		first = afterDescription
	}
	if first == nil {
		return ""
	}
	return cut(PlainText(first, src), 120)
}

func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// blockText returns the text of every block under root, a line each; code
// blocks keep their lines.
func blockText(root ast.Node, src []byte) string {
	var b strings.Builder
	b.Grow(len(src)) // the text is a little shorter than its Markdown
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch t := n.(type) {
		case *ast.Text:
			if entering {
				writeShown(&b, t, src)
				if t.SoftLineBreak() || t.HardLineBreak() {
					b.WriteByte(' ')
				}
			}
		case *ast.String:
			if entering {
				b.Write(t.Value)
			}
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			if entering {
				for i := 0; i < n.Lines().Len(); i++ {
					line := n.Lines().At(i)
					b.Write(line.Value(src))
				}
			}
		}
		if !entering && n.Type() == ast.TypeBlock && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte('\n')
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
