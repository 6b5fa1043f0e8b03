package markdown

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"html"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// KeyPoints is the key-points section (牢记要点) of a page: an optional
// caption and the list of points to remember.
type KeyPoints struct {
	Caption string
	Ordered bool
	Items   []KeyPoint
}

// KeyPoint is one item of the key-points list. ID stays the same while the
// item's text does, wherever the item moves.
type KeyPoint struct {
	ID   string
	Text string
}

// KeyPointsBlock wraps the key-points heading, caption and list in the AST.
type KeyPointsBlock struct{ ast.BaseBlock }

// KeyPointItem is a list item of the key-points list, rendered as a checkbox.
type KeyPointItem struct {
	ast.BaseBlock
	ID string
}

// KindKeyPointsBlock and KindKeyPointItem are the kinds of the key-points nodes.
var (
	KindKeyPointsBlock = ast.NewNodeKind("KeyPointsBlock")
	KindKeyPointItem   = ast.NewNodeKind("KeyPointItem")
)

// Kind implements ast.Node.
func (n *KeyPointsBlock) Kind() ast.NodeKind { return KindKeyPointsBlock }

// Dump implements ast.Node.
func (n *KeyPointsBlock) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// Kind implements ast.Node.
func (n *KeyPointItem) Kind() ast.NodeKind { return KindKeyPointItem }

// Dump implements ast.Node.
func (n *KeyPointItem) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"ID": n.ID}, nil)
}

// extractKeyPoints finds the level-2 heading named c.KeyPointsHeading and
// moves it, the caption paragraphs after it and the first list into a
// KeyPointsBlock, whose list items become KeyPointItems.
func (c *Converter) extractKeyPoints(doc *Doc) []Issue {
	heading := c.findKeyPointsHeading(doc)
	if heading == nil {
		return nil
	}
	block := &KeyPointsBlock{}
	doc.Root.InsertBefore(doc.Root, heading, block)
	kp := &KeyPoints{}
	var list *ast.List
	var captions []ast.Node
	for n := heading.NextSibling(); n != nil && list == nil; n = n.NextSibling() {
		switch t := n.(type) {
		case *ast.Paragraph:
			captions = append(captions, t)
			continue
		case *ast.List:
			list = t
		}
		break
	}
	block.AppendChild(block, heading)
	if list == nil {
		return []Issue{{Offset: blockOffset(heading), Message: fmt.Sprintf("%q section has no list", c.KeyPointsHeading),
			Hint: "write each key point as a list item: `- 要点` or `1. 要点`"}}
	}
	for _, p := range captions {
		kp.Caption += PlainText(p, doc.Source)
		block.AppendChild(block, p)
	}
	kp.Ordered = list.IsOrdered()
	block.AppendChild(block, list)
	kp.Items = convertItems(list, doc.Source)
	doc.KeyPoints = kp
	return nil
}

func (c *Converter) findKeyPointsHeading(doc *Doc) *ast.Heading {
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 2 && PlainText(h, doc.Source) == c.KeyPointsHeading {
			return h
		}
	}
	return nil
}

// convertItems replaces the list's items by KeyPointItems with stable ids.
func convertItems(list *ast.List, src []byte) []KeyPoint {
	var items []KeyPoint
	seen := map[string]int{}
	for li := list.FirstChild(); li != nil; {
		next := li.NextSibling()
		item := &KeyPointItem{}
		for c := li.FirstChild(); c != nil; {
			cn := c.NextSibling()
			item.AppendChild(item, c)
			c = cn
		}
		text := PlainText(item, src)
		item.ID = keyPointID(text, seen)
		list.ReplaceChild(list, li, item)
		items = append(items, KeyPoint{ID: item.ID, Text: text})
		li = next
	}
	return items
}

// keyPointID derives an id from the item's text; repeats get a suffix.
func keyPointID(text string, seen map[string]int) string {
	sum := sha1.Sum([]byte(text))
	id := "kp-" + hex.EncodeToString(sum[:4])
	seen[id]++
	if n := seen[id]; n > 1 {
		id = fmt.Sprintf("%s-%d", id, n)
	}
	return id
}

func blockOffset(n ast.Node) int {
	if n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	return n.Pos()
}

type keyPointsExtension struct{}

// Extend registers the key-points renderers.
func (keyPointsExtension) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(keyPointsRenderer{}, 100)))
}

type keyPointsRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (keyPointsRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindKeyPointsBlock, renderBlock)
	reg.Register(KindKeyPointItem, renderItem)
}

func renderBlock(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(`<section class="keypoints">` + "\n")
	} else {
		_, _ = w.WriteString("</section>\n")
	}
	return ast.WalkContinue, nil
}

func renderItem(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	item := n.(*KeyPointItem)
	if entering {
		fmt.Fprintf(w, `<li class="keypoint"><label><input type="checkbox" data-kp="%s"> <span>`, html.EscapeString(item.ID))
	} else {
		_, _ = w.WriteString("</span></label></li>\n")
	}
	return ast.WalkContinue, nil
}
