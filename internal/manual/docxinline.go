package manual

import (
	"fmt"
	"path"
	"regexp"
	"strings"
)

// inline reads the runs of a paragraph: its plain text, for finding the
// structure, and its Markdown, which keeps emphasis, links, line breaks,
// pictures and note references.
type inline struct {
	spans
	d     *docxReader
	para  int
	notes []string
	pics  []picture
	boxes []*xnode
}

// picture is a picture of a paragraph: its file name, and whether it had
// its own description.
type picture struct {
	name      string
	described bool
}

var figureCaption = regexp.MustCompile(`^(图|表|Figure|Fig\.)\s*[\d一二三四五六七八九十]`)

// walk reads the runs under n: plain runs, hyperlinks, insertions, fields
// and content controls.
func (in *inline) walk(n *xnode) {
	for _, k := range n.kids {
		switch k.name {
		case "r":
			in.run(k)
		case "hyperlink":
			in.hyperlink(k)
		case "bookmarkStart":
			if name := k.attr("name"); name != "" && !strings.HasPrefix(name, "_GoBack") {
				in.d.bookmarks[name] = in.para
			}
		case "ins", "smartTag", "fldSimple", "customXml", "sdt", "sdtContent", "AlternateContent", "Choice", "oMath", "oMathPara":
			in.walk(k)
		}
	}
}

func (in *inline) hyperlink(h *xnode) {
	dest := ""
	if rel, ok := in.d.w.rels[h.attr("id")]; ok && rel.external {
		dest = linkDestination(rel.target)
		if a := h.attr("anchor"); a != "" {
			dest = linkDestination(rel.target + "#" + a)
		}
	} else if a := h.attr("anchor"); a != "" {
		dest = bookmarkLink(a)
	}
	in.link = dest
	in.walk(h)
	in.link = ""
}

// run reads a w:r: its formatting and its text, breaks, pictures and
// note references.
func (in *inline) run(r *xnode) {
	f := runFormat(r.child("rPr"))
	for _, k := range r.kids {
		switch k.name {
		case "t":
			in.text(k.text.String(), f)
		case "tab", "noBreakHyphen", "softHyphen":
			in.text(map[string]string{"tab": " ", "noBreakHyphen": "-", "softHyphen": ""}[k.name], f)
		case "br", "cr":
			if t := k.attr("type"); t == "" || t == "textWrapping" {
				in.add(segment{md: "<br>"})
				in.plain.WriteString(" ")
			}
		case "sym":
			in.text(symbol(k.attr("char")), f)
		case "drawing", "pict", "object":
			in.drawing(k)
		case "AlternateContent":
			in.run(k.child("Choice"))
		case "footnoteReference", "endnoteReference":
			in.noteReference(k)
		}
	}
}

// runFormat reads a run's emphasis; underline is shown as emphasis, as
// Markdown has no underline.
func runFormat(p *xnode) format {
	on := func(name string) bool {
		c := p.child(name)
		if c == nil {
			return false
		}
		v := c.attr("val")
		return v != "0" && v != "false" && v != "none" && v != "off"
	}
	va := p.val("vertAlign")
	return format{bold: on("b"), italic: on("i") || on("u"), strike: on("strike") || on("dstrike"),
		sup: va == "superscript", sub: va == "subscript"}
}

// symbol is the character of a w:sym; Word's symbol fonts put it in the
// private use area, and it is kept as it is.
func symbol(hex string) string {
	var r rune
	if _, err := fmt.Sscanf(hex, "%x", &r); err != nil || r <= 0 || r > 0x10FFFF {
		return ""
	}
	return string(r)
}

func (in *inline) noteReference(k *xnode) {
	notes, label := in.d.w.footnotes, "^"
	if k.name == "endnoteReference" {
		notes, label = in.d.w.endnotes, "^e"
	}
	body, ok := notes[k.attr("id")]
	if !ok {
		return
	}
	in.d.footnotes++
	label += fmt.Sprint(in.d.footnotes)
	in.add(segment{md: "[" + label + "]"})
	sub := &docxReader{w: in.d.w, m: in.d.m, media: in.d.media, bookmarks: in.d.bookmarks, para: in.d.para}
	sub.blocks(body)
	in.notes = append(in.notes, "["+label+"]: "+joinLines(sub.lines))
	in.pics = append(in.pics, collectPictures(sub.lines)...)
}

// joinLines is the Markdown of lines read from a cell or a note, on one
// line: paragraphs are joined with line breaks.
func joinLines(lines []line) string {
	var parts []string
	for _, l := range lines {
		switch {
		case l.block != nil && l.block.Kind == TableBlock:
			for _, row := range l.block.Rows {
				parts = append(parts, strings.Join(row, " "))
			}
		case l.block != nil:
			parts = append(parts, l.block.Text)
		default:
			parts = append(parts, l.md)
		}
		for _, n := range l.notes {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "<br>")
}

func collectPictures(lines []line) []picture {
	var out []picture
	for _, l := range lines {
		out = append(out, l.pics...)
	}
	return out
}

// bookmarkLink is a placeholder destination for a link to a bookmark,
// replaced by the path of the page that holds it when the files are laid
// out.
func bookmarkLink(name string) string { return "\x00bookmark:" + name + "\x00" }

// pictureMarkdown is a picture's Markdown, in the images folder beside
// the page.
func pictureMarkdown(alt, name string) string {
	if !displayable(name) {
		return "[" + escapeInline(alt) + "](images/" + name + ")"
	}
	return "![" + escapeInline(alt) + "](images/" + name + ")"
}

// displayable reports the picture formats browsers show.
func displayable(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".webp":
		return true
	}
	return false
}
