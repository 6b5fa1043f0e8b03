package manual

import (
	"fmt"
	"sort"
	"strings"
)

// docxReader walks a Word file's main document into lines: a line per
// paragraph, numbered by its place among the document's paragraphs, with
// its text as Markdown; a table is one line holding its block.
type docxReader struct {
	w     *wordFile
	m     *Manual
	lines []line
	// para counts the paragraphs read so far, for their numbers.
	para int
	// media maps a picture's part to the file name it is written as.
	media     map[string]string
	footnotes int
	// bookmarks maps a bookmark's name to the paragraph it is in.
	bookmarks map[string]int
	// toc counts the paragraphs of the table of contents left out, the
	// first at paragraph tocAt; inTOC is set inside its content control.
	toc, tocAt int
	inTOC      bool
}

// readDocx reads a Word file into a manual.
func readDocx(data []byte) (*Manual, error) {
	w, err := openWord(data)
	if err != nil {
		return nil, err
	}
	root, err := w.tree("word/document.xml")
	if err != nil {
		return nil, err
	}
	m := &Manual{Unit: "paragraph", Media: map[string][]byte{}}
	d := &docxReader{w: w, m: m, media: map[string]string{}, bookmarks: map[string]int{}}
	d.blocks(root.path("document", "body"))
	d.reportTOC()
	captionPictures(d.lines)
	if headers, comments := w.dropped(); headers+comments > 0 {
		m.lost(0, "%d header(s) or footer(s) with text and %d comment(s) are not imported", headers, comments)
	}
	m.Bookmarks = d.bookmarks
	parseInto(m, d.lines)
	return m, nil
}

// blocks reads the paragraphs and tables of a body, table cell, text box
// or content control.
func (d *docxReader) blocks(n *xnode) {
	for _, k := range n.kidsNamed("p", "tbl", "sdt", "customXml") {
		switch k.name {
		case "p":
			d.paragraph(k)
		case "tbl":
			d.table(k)
		case "sdt":
			was := d.inTOC
			d.inTOC = was || tocControl(k)
			d.blocks(k.child("sdtContent"))
			d.inTOC = was
		default:
			d.blocks(k)
		}
	}
}

// paragraph reads a w:p: its style, its numbering, its runs.
func (d *docxReader) paragraph(p *xnode) {
	d.para++
	no := d.para
	style, ok := d.w.styles[p.val("pPr", "pStyle")]
	if !ok { // a file without styles.xml: the style's id is all there is
		style.hint = styleHint(p.val("pPr", "pStyle"))
	}
	if d.inTOC || style.toc || tocEntry(p) {
		d.dropTOC(no)
		return
	}
	in := &inline{d: d, para: no}
	in.walk(p)
	text := strings.TrimSpace(in.plain.String())
	md := in.markdown()
	l := line{No: no, Text: text, Hint: style.hint, md: md, rich: true, notes: in.notes, pics: in.pics, caption: style.caption}
	numID, ilvl := style.numID, style.ilvl
	if num := p.path("pPr", "numPr"); num != nil {
		numID, ilvl = num.val("numId"), atoi(num.val("ilvl"))
	}
	if mark := d.w.numbering.mark(numID, ilvl); mark != nil && (text != "" || md != "") {
		l.list = mark
		if l.Hint == ChapterHint || l.Hint == SkillHint || l.Hint == HeadingHint { // a list item's number is its list's
			l.numberHeading(d.w.numbering.shown(numID, ilvl))
		}
		if l.Hint == NoHint {
			l.Hint = ListHint
		}
	}
	switch {
	case text == "" && md != "":
		l.block = &Block{Kind: Paragraph, Text: md, Line: no, raw: true}
		d.lines = append(d.lines, l)
	case text != "":
		d.lines = append(d.lines, l)
	}
	for _, box := range in.boxes {
		d.m.note(no, "kept the text of a text box as paragraph(s) after this one: 「%s」", clip(collapseSpaces(plainText(box)), 20))
		d.blocks(box)
	}
}

// numberHeading keeps the number Word shows before a heading: in the
// text of a chapter's (第一章 客户服务概述, as a typed one) and a
// sub-heading's (2.1.3 …), and as the marker of a skill point's, as a
// typed 技能点5 is, so that its title, file name and address do not carry
// a number that changes when a skill point is put before it.
func (l *line) numberHeading(num string) {
	switch {
	case num == "":
	case l.Hint == SkillHint:
		l.number = strings.TrimSpace(num)
	default:
		l.Text, l.md = num+l.Text, escapeInline(num)+l.md
	}
}

// captionPictures gives a picture without a description the text of the
// caption paragraph that follows it, when there is one.
func captionPictures(lines []line) {
	for i := 0; i+1 < len(lines); i++ {
		next := lines[i+1]
		if len(lines[i].pics) == 0 || !next.caption && !figureCaption.MatchString(next.Text) {
			continue
		}
		lines[i+1].caption = true
		for _, pic := range lines[i].pics {
			if pic.described {
				continue
			}
			old, new := pictureMarkdown(pic.name, pic.name), pictureMarkdown(next.Text, pic.name)
			lines[i].md = strings.Replace(lines[i].md, old, new, 1)
			if b := lines[i].block; b != nil {
				b.Text = strings.Replace(b.Text, old, new, 1)
			}
		}
	}
}

// note records a step the reader was unsure about.
func (m *Manual) note(no int, format string, args ...any) {
	m.Notes = append(m.Notes, Note{Line: no, Message: fmt.Sprintf(format, args...)})
}

// lost records something the import leaves out.
func (m *Manual) lost(no int, format string, args ...any) {
	m.Notes = append(m.Notes, Note{Line: no, Message: fmt.Sprintf(format, args...), Lost: true})
}

// sortNotes puts the notes in the order of the lines they are about.
func (m *Manual) sortNotes() {
	sort.SliceStable(m.Notes, func(i, j int) bool { return m.Notes[i].Line < m.Notes[j].Line })
}
