package manual

import "strings"

// Word's table of contents (目录) repeats the headings with their page
// numbers. Read as text, its entries became a course titled 目录 and
// chapters and skill points without a body; they are left out, and
// reported. A paragraph is an entry when its style is one of Word's
// "toc 1"…"toc 9" or "TOC Heading", when it lies in the content control
// Word puts a table of contents in, or when all its text but a page
// number is a link to one of the "_Toc…" bookmarks Word makes for it.

// tocStyle reports whether a style's name is one of the table of
// contents' styles.
func tocStyle(name string) bool {
	return strings.HasPrefix(name, "toc ") || name == "toc heading" || strings.HasPrefix(name, "目录 ")
}

// tocControl reports whether a content control (w:sdt) holds a table of
// contents.
func tocControl(sdt *xnode) bool {
	return sdt.val("sdtPr", "docPartObj", "docPartGallery") == "Table of Contents"
}

// tocEntry reports whether a paragraph's text is a link to a "_Toc"
// bookmark, followed at most by its page number.
func tocEntry(p *xnode) bool {
	var inLinks, outside strings.Builder
	for _, k := range p.kids {
		if k.name == "hyperlink" && strings.HasPrefix(k.attr("anchor"), "_Toc") {
			inLinks.WriteString(plainText(k))
		} else if k.name != "pPr" {
			outside.WriteString(plainText(k))
		}
	}
	return strings.TrimSpace(inLinks.String()) != "" && strings.Trim(outside.String(), " \t.·…0123456789") == ""
}

// dropTOC leaves out paragraph no of the table of contents, and the 目录
// line that heads it when it was read as text.
func (d *docxReader) dropTOC(no int) {
	if d.toc == 0 {
		d.tocAt = no
		if last := len(d.lines) - 1; last >= 0 && isTOCTitle(d.lines[last].Text) {
			d.tocAt = d.lines[last].No
			d.lines = d.lines[:last]
			d.toc++
		}
	}
	d.toc++
}

// reportTOC says what dropTOC left out.
func (d *docxReader) reportTOC() {
	if d.toc > 0 {
		d.m.lost(d.tocAt, "left out Word's table of contents (目录, %d paragraph(s)): the site lists the chapters and skill points itself", d.toc)
	}
}
