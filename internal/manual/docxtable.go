package manual

import "strings"

// table reads a w:tbl into a table block: a row per w:tr, a cell per
// w:tc, merged cells repeated (down) or left empty (across), and
// reported. A table of a single cell is read as the paragraphs it holds.
func (d *docxReader) table(t *xnode) {
	rows := t.kidsNamed("tr")
	if len(rows) == 1 && len(rows[0].kidsNamed("tc")) == 1 {
		d.blocks(rows[0].child("tc"))
		return
	}
	block := &Block{Kind: TableBlock, Line: d.para + 1, raw: true}
	var pics []picture
	var notes []string
	above := map[int]string{}
	for r, tr := range rows {
		var row []string
		for _, tc := range tr.kidsNamed("tc") {
			col := len(row)
			sub := &docxReader{w: d.w, m: d.m, media: d.media, bookmarks: d.bookmarks, para: d.para}
			sub.blocks(tc)
			d.para = sub.para
			text := joinLines(sub.lines)
			pics = append(pics, collectPictures(sub.lines)...)
			for _, l := range sub.lines {
				notes = append(notes, l.notes...)
			}
			if vm := tc.path("tcPr", "vMerge"); vm != nil && vm.attr("val") != "restart" && text == "" {
				text = above[col]
				d.m.note(block.Line, "table row %d, column %d: a cell merged with the one above repeats its text", r+1, col+1)
			}
			above[col] = text
			row = append(row, text)
			if span := atoi(tc.val("tcPr", "gridSpan")); span > 1 {
				d.m.note(block.Line, "table row %d, column %d: a cell merged across %d columns is followed by empty cells", r+1, col+1, span)
				for range span - 1 {
					row = append(row, "")
				}
			}
		}
		block.Rows = append(block.Rows, row)
	}
	d.lines = append(d.lines, line{No: block.Line, block: block, rich: true, notes: notes, pics: pics})
}

// writeTable writes a table block as a GFM table, its first row the
// header.
func writeTable(b *strings.Builder, rows [][]string) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	for i, r := range rows {
		b.WriteString("|")
		for c := range width {
			cell := ""
			if c < len(r) {
				cell = strings.ReplaceAll(r[c], "|", `\|`)
			}
			b.WriteString(" " + cell + " |")
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString("|" + strings.Repeat(" --- |", width) + "\n")
		}
	}
}
