// Package markdown parses and renders a page's Markdown with goldmark: GFM,
// footnotes, CJK line breaks and emphasis, highlighted code, headings whose
// ids keep their Chinese text, and the key-points checklist of a skill
// point.
package markdown

import (
	"bufio"
	"slices"
	"strings"
	"sync"

	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/yuin/goldmark"
	highlighting "github.com/yuin/goldmark-highlighting/v2"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Converter parses and renders Markdown. It is safe for concurrent use.
type Converter struct {
	md goldmark.Markdown
	// KeyPointsHeading and DescriptionHeading are the section names that carry meaning.
	KeyPointsHeading   string
	DescriptionHeading string
}

// New returns a Converter that recognises the given section headings.
func New(description, keyPoints string) *Converter {
	md := goldmark.New(
		goldmark.WithExtensions(
			extension.GFM,
			extension.Footnote,
			extension.CJK,
			cjkEmphasis{},
			highlighting.NewHighlighting(highlighting.WithFormatOptions(chromahtml.WithClasses(true))),
			keyPointsExtension{},
			labelledTasks{},
			inlineTags{},
		),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
	return &Converter{md: md, KeyPointsHeading: keyPoints, DescriptionHeading: description}
}

// Doc is a parsed Markdown body and what the build needs to know about it.
type Doc struct {
	// Root is the syntax tree; nil once the document is rendered.
	Root   ast.Node
	Source []byte
	// HTML is the rendered document, set by Converter.HTML.
	HTML string
	// Headings lists the level 2 and 3 headings, for the table of contents.
	Headings []Heading
	// Anchors are the ids of every heading, which a link's #fragment may
	// name.
	Anchors []string
	// KeyPoints is the key-points section, nil when the body has none.
	KeyPoints *KeyPoints
	// Links lists every link and image, in order.
	Links []Link
	// Summary is the plain text of the first paragraph of the description
	// section (or of the body), cut to a short length.
	Summary string
	// Text is the plain text of the whole document, a line per block: what
	// search indexes and takes snippets from.
	Text string
}

// Heading is one entry of a page's table of contents.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// Parse parses a Markdown body. Problems are returned as Issues with byte
// offsets into body; the caller knows the file they belong to.
func (c *Converter) Parse(body []byte) (*Doc, []Issue) { return c.ParsePage(body, "", false) }

// ParsePage parses a page's body as Parse does, leaving out a level-1
// heading that opens it and repeats the page's title: the page shows its
// title above the text already, and many trainers begin a file with
// `# title` out of habit (it was shown twice). A page that wants key
// points (a skill point's) and has none, but a list under another level-2
// heading, is warned of (unless a heading slip names the key points').
func (c *Converter) ParsePage(body []byte, title string, wantsKeyPoints bool) (*Doc, []Issue) {
	ctx := parser.NewContext(parser.WithIDs(newHeadingIDs()))
	root := c.md.Parser().Parse(text.NewReader(body), parser.WithContext(ctx))
	dropRepeatedTitle(root, body, title)
	doc := &Doc{Root: root, Source: body}
	slips := headingSlips(doc)
	wantsKeyPoints = wantsKeyPoints && !slices.ContainsFunc(slips, func(is Issue) bool { return strings.Contains(is.Message, c.KeyPointsHeading) })
	issues := append(slips, c.extractKeyPoints(doc, wantsKeyPoints)...)
	doc.Headings, doc.Anchors = headings(root, body)
	doc.Links = links(root)
	doc.Summary = c.summary(root, body)
	doc.Text = blockText(root, body)
	return doc, issues
}

// dropRepeatedTitle removes the body's first block when it is a level-1
// heading whose text is title.
func dropRepeatedTitle(root ast.Node, src []byte, title string) {
	h, ok := root.FirstChild().(*ast.Heading)
	if ok && h.Level == 1 && title != "" && strings.TrimSpace(PlainText(h, src)) == strings.TrimSpace(title) {
		root.RemoveChild(root, h)
	}
}

// Issue is a problem found while parsing, at byte Offset of the body.
type Issue struct {
	Offset  int
	Message string
	Hint    string
	Warning bool // a warning: the build goes on
}

// HTML returns the rendered document. The first call renders it and drops
// the syntax tree, keeping what later stages read (headings, key points,
// summary): a site's trees are most of a build's memory.
func (c *Converter) HTML(doc *Doc) (string, error) {
	if doc.Root == nil {
		return doc.HTML, nil
	}
	var b strings.Builder
	b.Grow(len(doc.Source) * 3 / 2) // the HTML of a page of text is about 1.3 times its Markdown
	w := htmlWriters.Get().(*bufio.Writer)
	w.Reset(&b)
	err := c.md.Renderer().Render(w, doc.Source, doc.Root)
	w.Reset(nil)
	htmlWriters.Put(w)
	if err != nil {
		return "", err
	}
	doc.HTML, doc.Root, doc.Links = b.String(), nil, nil
	return doc.HTML, nil
}

// htmlWriters are the buffered writers HTML renders through: goldmark
// makes one of 4 KB for each document otherwise.
var htmlWriters = sync.Pool{New: func() any { return bufio.NewWriter(nil) }}
