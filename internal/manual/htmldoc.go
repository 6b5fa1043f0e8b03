package manual

import (
	"bytes"
	"errors"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// htmlReader walks an HTML page — saved from a browser, an intranet or a
// document-sharing site — into lines: headings, paragraphs, list items,
// tables and pictures, with the site's navigation, comments and footer
// removed and reported.
type htmlReader struct {
	m     *Manual
	dir   string
	lines []line
	// starts holds the offset of each source line, cursor the offset of
	// the last text found in it: what gives a paragraph its line number.
	src       string
	starts    []int
	cursor    int
	bodyStart int
	// chromeCursor is where the search for the next removed part starts,
	// found where lineAt found its text.
	chromeCursor, found int
	media               map[string]string
}

// readHTML reads an HTML file into a manual. Local pictures are read from
// beside the file.
func readHTML(name string, data []byte) (*Manual, string, error) {
	decoded, encName, err := decodeHTML(data)
	if err != nil {
		return nil, "", errors.New("reading the HTML file: " + err.Error())
	}
	doc, err := html.Parse(bytes.NewReader(decoded))
	if err != nil {
		return nil, "", errors.New("reading the HTML file: " + err.Error())
	}
	m := &Manual{Unit: "line", Media: map[string][]byte{}}
	h := &htmlReader{m: m, dir: filepath.Dir(name), src: string(decoded), media: map[string]string{}}
	for i, c := range h.src {
		if c == '\n' {
			h.starts = append(h.starts, i+1)
		}
	}
	h.bodyStart = max(strings.Index(strings.ToLower(h.src), "<body"), 0)
	h.cursor = h.bodyStart
	body := h.removeChrome(doc)
	h.blocks(body)
	captionPictures(h.lines)
	parseInto(m, h.lines)
	return m, "HTML, " + strings.ToUpper(encName), nil
}

// decodeHTML returns the page as UTF-8, decoded from the encoding its
// <meta> or its bytes say.
func decodeHTML(data []byte) ([]byte, string, error) {
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	decoded, err := enc.NewDecoder().Bytes(data)
	return decoded, name, err
}

// lineOf returns the source line where text is found, searching on from
// the last text found; the last line found when it is not (the text had
// entities or tags inside).
func (h *htmlReader) lineOf(text string) int {
	key := []rune(strings.TrimSpace(text))
	if len(key) > 8 {
		key = key[:8]
	}
	// An entity (&gt;) or a tag can stand in the source where the text
	// has a character: the words before it are searched for then.
	word := strings.FieldsFunc(string(key), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	for _, k := range []string{string(key), strings.Join(word[:min(len(word), 1)], "")} {
		if i := strings.Index(h.src[h.cursor:], k); k != "" && i >= 0 {
			h.cursor += i
			break
		}
	}
	return sort.SearchInts(h.starts, h.cursor+1) + 1
}

// blocks reads the children of a block container: each block element in
// turn, and each run of text and inline elements between them as a
// paragraph per line break.
func (h *htmlReader) blocks(n *html.Node) {
	var run []*html.Node
	flush := func() {
		h.inlineRun(run)
		run = nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlock(c) || c.DataAtom == atom.Br) {
			flush()
			h.block(c)
			continue
		}
		run = append(run, c)
	}
	flush()
}

func (h *htmlReader) block(c *html.Node) {
	switch c.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		hint := HeadingHint
		if c.DataAtom == atom.H1 && len(h.lines) == 0 {
			hint = NoHint // the page's title
		}
		h.paragraph([]*html.Node{c}, hint)
	case atom.P, atom.Dt, atom.Dd, atom.Pre:
		h.paragraph([]*html.Node{c}, NoHint)
	case atom.Figcaption, atom.Caption:
		h.paragraph([]*html.Node{c}, NoHint)
		if n := len(h.lines); n > 0 {
			h.lines[n-1].caption = true
		}
	case atom.Ul, atom.Ol:
		h.list(c, 0)
	case atom.Table:
		h.table(c)
	case atom.Br, atom.Hr:
	default:
		h.blocks(c)
	}
}

// inlineRun reads text and inline elements between blocks: a paragraph
// for each stretch between <br>s, as text copied into a page is.
func (h *htmlReader) inlineRun(nodes []*html.Node) {
	start := 0
	for i, n := range nodes {
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			h.paragraph(nodes[start:i], NoHint)
			start = i + 1
		}
	}
	h.paragraph(nodes[start:], NoHint)
}

// paragraph reads nodes as one paragraph line.
func (h *htmlReader) paragraph(nodes []*html.Node, hint Hint) {
	sp := &htmlSpans{h: h}
	for _, n := range nodes {
		sp.walk(n, format{})
	}
	h.addLine(sp, hint, nil)
}

func (h *htmlReader) addLine(sp *htmlSpans, hint Hint, mark *listMark) {
	text := strings.TrimSpace(collapseSpaces(sp.plain.String()))
	md := sp.markdown()
	if text == "" && md == "" {
		return
	}
	l := line{No: h.lineOf(sp.first), Text: text, Hint: hint, md: md, rich: true, pics: sp.pics, list: mark}
	if mark != nil && hint == NoHint {
		l.Hint = ListHint
	}
	if text == "" {
		l.block = &Block{Kind: Paragraph, Text: md, Line: l.No, raw: true}
	}
	h.lines = append(h.lines, l)
}

// collapseSpaces turns each run of white space into one space, as a
// browser shows it.
func collapseSpaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// isBlock reports the elements that start a block of their own.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li,
		atom.Table, atom.Section, atom.Article, atom.Main, atom.Blockquote, atom.Pre, atom.Figure, atom.Figcaption,
		atom.Dl, atom.Dt, atom.Dd, atom.Hr, atom.Center, atom.Address, atom.Details, atom.Summary, atom.Body, atom.Html,
		atom.Caption, atom.Fieldset:
		return true
	}
	return false
}

// attrOf returns an attribute of an element, or "".
func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
