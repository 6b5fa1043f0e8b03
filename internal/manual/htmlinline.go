package manual

import (
	"cmp"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlSpans reads the inline content of an HTML paragraph: emphasis,
// links, line breaks and pictures.
type htmlSpans struct {
	spans
	h    *htmlReader
	pics []picture
	// first is the first text read, which finds the paragraph's line.
	first string
}

func (sp *htmlSpans) walk(n *html.Node, f format) {
	switch n.Type {
	case html.TextNode:
		if sp.first == "" {
			sp.first = strings.TrimSpace(n.Data)
		}
		sp.text(collapseInline(n.Data), f)
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.B, atom.Strong:
		f.bold = true
	case atom.I, atom.Em, atom.U, atom.Ins, atom.Cite:
		f.italic = true
	case atom.S, atom.Strike, atom.Del:
		f.strike = true
	case atom.Sup:
		f.sup = true
	case atom.Sub:
		f.sub = true
	case atom.Br:
		sp.add(segment{md: "<br>"})
		sp.plain.WriteString(" ")
		return
	case atom.Img:
		sp.picture(n)
		return
	case atom.A:
		sp.anchor(n, f)
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c) && sp.plain.Len() > 0 {
			sp.add(segment{md: "<br>"})
			sp.plain.WriteString(" ")
		}
		sp.walk(c, f)
	}
}

// collapseInline collapses white space inside a line, keeping one space
// where the source had any.
func collapseInline(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

func (sp *htmlSpans) anchor(n *html.Node, f format) {
	href := strings.TrimSpace(attrOf(n, "href"))
	outer := sp.link
	if href != "" && !strings.HasPrefix(strings.ToLower(href), "javascript:") && !strings.HasPrefix(href, "#") {
		sp.link = linkDestination(href)
		if u, err := url.Parse(href); err == nil && u.Scheme == "" && u.Host == "" {
			sp.link = "" // a page of the old site: its text is kept, the link cannot be
			sp.h.m.note(sp.h.lineOf(href), "a link to %s, a page of the site the file was saved from, is kept as text", href)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sp.walk(c, f)
	}
	sp.link = outer
}

// picture adds an <img>: copied beside the page when it is a file beside
// the HTML file, kept as a link when it is on another site.
func (sp *htmlSpans) picture(n *html.Node) {
	src, alt := strings.TrimSpace(attrOf(n, "src")), strings.TrimSpace(attrOf(n, "alt"))
	h := sp.h
	no := h.lineOf(src)
	u, err := url.Parse(src)
	switch {
	case src == "" || err != nil || u.Scheme == "data":
		h.m.lost(no, "a picture without a file (%.40s) is not imported", src)
		sp.text(alt, format{})
	case u.Scheme != "" || u.Host != "":
		sp.add(segment{md: "![" + escapeInline(alt) + "](" + linkDestination(src) + ")"})
		h.m.note(no, "a picture on another site is kept as a link: %s", src)
	default:
		name, ok := h.localPicture(u.Path, no)
		if !ok {
			sp.text(alt, format{})
			return
		}
		sp.pics = append(sp.pics, picture{name: name, described: alt != ""})
		sp.add(segment{md: pictureMarkdown(cmp.Or(alt, name), name)})
	}
}

// localPicture reads a picture from beside the HTML file, once.
func (h *htmlReader) localPicture(rel string, no int) (string, bool) {
	p := filepath.Join(h.dir, filepath.FromSlash(path.Clean("/" + rel)[1:]))
	if name, ok := h.media[p]; ok {
		return name, true
	}
	data, err := os.ReadFile(p)
	if err != nil {
		h.m.lost(no, "picture %s is not beside the file: only its description is kept", rel)
		return "", false
	}
	name := uniqueMediaName(h.m.Media, path.Base(rel))
	h.media[p], h.m.Media[name] = name, data
	if !displayable(name) {
		h.m.note(no, "picture %s cannot be shown in a browser: copied beside the page and linked", name)
	}
	return name, true
}

// firstText is the first text under a node, trimmed.
func firstText(n *html.Node) string {
	if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
		return strings.TrimSpace(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstText(c); t != "" {
			return t
		}
	}
	return ""
}

// textOf is the text under a node.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
