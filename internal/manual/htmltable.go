package manual

import (
	"strconv"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// list reads a <ul> or <ol>: a line per item, with its level and number;
// nested lists are read one level deeper.
func (h *htmlReader) list(n *html.Node, level int) {
	ordered := n.DataAtom == atom.Ol
	number := 1
	if s, err := strconv.Atoi(attrOf(n, "start")); err == nil && ordered {
		number = s
	}
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || li.DataAtom != atom.Li {
			h.strayInList(li, level)
			continue
		}
		if v, err := strconv.Atoi(attrOf(li, "value")); err == nil && ordered {
			number = v
		}
		sp := &htmlSpans{h: h}
		var nested []*html.Node
		for c := li.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
				nested = append(nested, c)
				continue
			}
			sp.walk(c, format{})
		}
		mark := &listMark{Level: level, Ordered: ordered}
		if ordered {
			mark.Number = number
			number++
		}
		h.addLine(sp, NoHint, mark)
		for _, c := range nested {
			h.list(c, level+1)
		}
	}
}

// strayInList reads what a list holds outside its items: a list nested
// directly in it, one level deeper; text, as a paragraph.
func (h *htmlReader) strayInList(n *html.Node, level int) {
	switch {
	case n.Type == html.ElementNode && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol):
		h.list(n, level+1)
	case n.Type == html.ElementNode && isBlock(n):
		h.block(n)
	default:
		h.paragraph([]*html.Node{n}, NoHint)
	}
}

// table reads a <table>: a row per <tr>, a cell per <td> or <th>; a cell
// spanning columns is followed by empty cells, one spanning rows is
// repeated below; both are reported. A table of one cell is read as the
// paragraphs it holds.
func (h *htmlReader) table(t *html.Node) {
	rows := tableRows(t)
	if len(rows) == 1 && len(rows[0]) == 1 {
		h.blocks(rows[0][0])
		return
	}
	block := &Block{Kind: TableBlock, Line: h.lineOf(firstText(t)), raw: true}
	down := map[int]rowSpan{}
	var pics []picture
	for r, tr := range rows {
		var row []string
		for _, td := range tr {
			row = fillDown(row, down)
			sub := &htmlReader{m: h.m, dir: h.dir, src: h.src, starts: h.starts, cursor: h.cursor, media: h.media}
			sub.blocks(td)
			h.cursor = sub.cursor
			text := joinLines(sub.lines)
			pics = append(pics, collectPictures(sub.lines)...)
			col := len(row)
			row = append(row, text)
			if span, _ := strconv.Atoi(attrOf(td, "rowspan")); span > 1 {
				down[col] = rowSpan{text, span - 1}
				h.m.note(block.Line, "table row %d, column %d: a cell spanning %d rows is repeated in each", r+1, col+1, span)
			}
			if span, _ := strconv.Atoi(attrOf(td, "colspan")); span > 1 {
				h.m.note(block.Line, "table row %d, column %d: a cell spanning %d columns is followed by empty cells", r+1, col+1, span)
				for range min(span, 100) - 1 {
					row = append(row, "")
				}
			}
		}
		block.Rows = append(block.Rows, fillDown(row, down))
	}
	h.lines = append(h.lines, line{No: block.Line, block: block, rich: true, pics: pics})
}

// tableRows lists the cells of each row of a table, its nested tables
// aside.
func tableRows(t *html.Node) [][]*html.Node {
	var rows [][]*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c)
			case atom.Tr:
				var cells []*html.Node
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.DataAtom == atom.Td || td.DataAtom == atom.Th {
						cells = append(cells, td)
					}
				}
				rows = append(rows, cells)
			}
		}
	}
	walk(t)
	return rows
}

// rowSpan is a cell that spans rows: its text, and how many rows below
// it still covers.
type rowSpan struct {
	text string
	left int
}

// fillDown adds to a row the cells that spanning cells above cover at
// its end.
func fillDown(row []string, down map[int]rowSpan) []string {
	for d, ok := down[len(row)]; ok && d.left > 0; d, ok = down[len(row)] {
		down[len(row)] = rowSpan{d.text, d.left - 1}
		row = append(row, d.text)
	}
	return row
}
