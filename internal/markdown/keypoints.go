package markdown

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"html"
	"regexp"
	"strings"

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
// KeyPointsBlock, whose list items become KeyPointItems. A page that
// wants key points (a skill point's) and has no such heading, but a list
// under another, is warned of (missingKeyPoints), unless a heading nearly
// it is.
func (c *Converter) extractKeyPoints(doc *Doc, wanted bool) []Issue {
	heading := c.findKeyPointsHeading(doc)
	if heading == nil {
		near := c.nearHeading(doc)
		if near == nil && wanted {
			near = c.missingKeyPoints(doc)
		}
		return near
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
		issue := Issue{Offset: blockOffset(heading), Message: fmt.Sprintf("%q section has no list", c.KeyPointsHeading),
			Hint: "write each key point as a list item: `- 要点` or `1. 要点`"}
		if at, number, ok := typedNumbers(captions, doc.Source); ok {
			issue.Offset, issue.Hint = at, fmt.Sprintf("%q does not start a list item in Markdown: write `1. 要点` (a full stop and a space) or `- 要点`, a key point to a line", number)
		}
		return []Issue{issue}
	}
	for _, p := range captions {
		kp.Caption += PlainText(p, doc.Source)
		block.AppendChild(block, p)
	}
	kp.Ordered = list.IsOrdered()
	block.AppendChild(block, list)
	items, written := convertItems(list, doc.Source, blockOffset(heading))
	kp.Items = dropEmpty(list, items, written)
	doc.KeyPoints = kp
	return itemSlips(written)
}

// typedNumber is a number as Chinese text numbers a list: 1、 一、 （1） ①.
var typedNumber = regexp.MustCompile(`^(?:[0-9０-９]+[、，．]|[一二三四五六七八九十]+、|[（(][0-9０-９一二三四五六七八九十]+[)）]|[①-⑳])`)

// typedNumbers finds the first line of the paragraphs that starts with a
// typed number: its offset and the number.
func typedNumbers(paragraphs []ast.Node, src []byte) (int, string, bool) {
	for _, p := range paragraphs {
		lines := p.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			if m := typedNumber.Find(seg.Value(src)); m != nil {
				return seg.Start, string(m), true
			}
		}
	}
	return 0, "", false
}

// dropEmpty takes the key points written as a bare list marker out of the
// list and the items.
func dropEmpty(list *ast.List, items []KeyPoint, written []source) []KeyPoint {
	var kept []KeyPoint
	li := list.FirstChild()
	for i, kp := range items {
		next := li.NextSibling()
		if written[i].empty {
			list.RemoveChild(list, li)
		} else {
			kept = append(kept, kp)
		}
		li = next
	}
	return kept
}

func (c *Converter) findKeyPointsHeading(doc *Doc) *ast.Heading {
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 2 && PlainText(h, doc.Source) == c.KeyPointsHeading {
			return h
		}
	}
	return nil
}

// source is how a key point is written: where it starts in the body, its
// Markdown, and whether it is a bare list marker.
type source struct {
	at    int
	text  string
	empty bool
}

// convertItems replaces the list's items by KeyPointItems with stable ids,
// and says how each is written (a bare marker: at the next one after the
// item before, or after the heading at from).
func convertItems(list *ast.List, src []byte, from int) ([]KeyPoint, []source) {
	var items []KeyPoint
	var written []source
	seen := map[string]int{}
	for li := list.FirstChild(); li != nil; {
		next := li.NextSibling()
		w := source{empty: true}
		if li.FirstChild() != nil {
			w = source{at: blockOffset(li.FirstChild()), text: markdownOf(li, src)}
		} else { // the source scanned for the rare bare marker only
			w.at = bareMarkerAfter(src, from)
		}
		from = w.at
		written = append(written, w)
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
	return items, written
}

// markdownOf is the Markdown of a list item's blocks, trimmed.
func markdownOf(li ast.Node, src []byte) string {
	var b strings.Builder
	for c := li.FirstChild(); c != nil; c = c.NextSibling() {
		lines := c.Lines()
		for i := 0; i < lines.Len(); i++ {
			line := lines.At(i)
			b.Write(line.Value(src))
		}
	}
	return strings.TrimSpace(b.String())
}

// bareMarker is a list item's line with nothing after its marker.
var bareMarker = regexp.MustCompile(`(?m)^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]*$`)

// bareMarkerAfter is where the first line of a bare list marker after
// offset from starts, or from.
func bareMarkerAfter(src []byte, from int) int {
	if from >= len(src) {
		return from
	}
	if end := bytes.IndexByte(src[from:], '\n'); end >= 0 {
		if m := bareMarker.FindIndex(src[from+end+1:]); m != nil {
			return from + end + 1 + m[0]
		}
	}
	return from
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
