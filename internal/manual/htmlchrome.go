package manual

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// chromeWords are the class and id words of a site's navigation, comments,
// footer and the like.
var chromeWords = map[string]string{
	"nav": "navigation", "navbar": "navigation", "navigation": "navigation", "menu": "navigation", "breadcrumb": "navigation",
	"breadcrumbs": "navigation", "sidebar": "sidebar", "footer": "footer", "comment": "comments", "comments": "comments",
	"share": "sharing buttons", "toolbar": "toolbar", "related": "related documents", "recommend": "related documents",
	"ad": "advertising", "ads": "advertising", "banner": "banner", "login": "login",
}

// removeChrome removes what the site put around the text — its
// navigation, header, footer, sidebars, comments, scripts and styles —
// reporting each removed part that had text, and returns the element to
// read: the page's <main> or only <article> when it has one, else <body>.
func (h *htmlReader) removeChrome(doc *html.Node) *html.Node {
	var remove []*html.Node
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if kind := chromeKind(c, inArticle); kind != "" {
				remove = append(remove, c)
				h.reportChrome(c, kind)
				continue
			}
			walk(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main)
		}
	}
	walk(doc, false)
	for _, n := range remove {
		n.Parent.RemoveChild(n)
	}
	body := findElement(doc, atom.Body)
	if main := mainContent(doc); main != nil {
		if outside := collapseSpaces(textOf(body)); utf8.RuneCountInString(outside) > utf8.RuneCountInString(collapseSpaces(textOf(main))) {
			h.m.lost(0, "read only the page's main content (<%s>); the text around it is left out", main.Data)
		}
		return main
	}
	if body == nil {
		return doc
	}
	return body
}

// reportChrome notes a removed part that a reader of the page saw: its
// kind, line and first words. Scripts, styles and comments are not text.
func (h *htmlReader) reportChrome(n *html.Node, kind string) {
	text := collapseSpaces(textOf(n))
	if text == "" || n.Type != html.ElementNode || n.DataAtom == atom.Script || n.DataAtom == atom.Style ||
		n.DataAtom == atom.Noscript || n.DataAtom == atom.Template || n.DataAtom == atom.Svg {
		return
	}
	if n.DataAtom == atom.Title {
		h.m.lost(h.lineAt(0, text), "the page's <title> is not imported: 「%s」", clip(text, 30))
		return
	}
	no := h.lineAt(max(h.chromeCursor, h.bodyStart), firstText(n))
	h.chromeCursor = h.found + 1
	h.m.lost(no, "removed the site's %s: 「%s」", kind, clip(text, 30))
}

// chromeKind says what kind of page chrome n is, or "" for content.
func chromeKind(n *html.Node, inArticle bool) string {
	switch n.Type {
	case html.CommentNode:
		return "comment"
	case html.ElementNode:
	default:
		return ""
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Button, atom.Input, atom.Select,
		atom.Textarea, atom.Link, atom.Meta, atom.Title, atom.Svg, atom.Object, atom.Embed:
		return n.Data
	case atom.Nav:
		return "navigation"
	case atom.Footer:
		return "footer"
	case atom.Aside:
		return "sidebar"
	case atom.Header:
		if !inArticle {
			return "header"
		}
	}
	switch attrOf(n, "role") {
	case "navigation", "banner", "contentinfo", "complementary", "search":
		return attrOf(n, "role")
	}
	for _, word := range strings.FieldsFunc(strings.ToLower(attrOf(n, "class")+" "+attrOf(n, "id")), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	}) {
		if kind := chromeWords[word]; kind != "" {
			return kind
		}
	}
	return ""
}

// mainContent is the page's <main> (or role=main), or its only <article>.
func mainContent(doc *html.Node) *html.Node {
	var mains, articles []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.DataAtom == atom.Main || attrOf(c, "role") == "main":
				mains = append(mains, c)
			case c.DataAtom == atom.Article:
				articles = append(articles, c)
			}
			walk(c)
		}
	}
	walk(doc)
	switch {
	case len(mains) == 1:
		return mains[0]
	case len(mains) == 0 && len(articles) == 1:
		return articles[0]
	}
	return nil
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// lineAt is the first source line after offset from holding text,
// without moving the cursor that paragraphs are found with; found is
// set to where the text is.
func (h *htmlReader) lineAt(from int, text string) int {
	saved := h.cursor
	h.cursor = from
	defer func() { h.found, h.cursor = h.cursor, saved }()
	return h.lineOf(text)
}

// clip cuts s to n characters, marking the cut.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
