package manual

import (
	"regexp"
	"strings"
)

// A table of contents typed into the manual (目录, then a line per
// chapter and skill point ending in its page number) was read as chapters
// and skill points: each chapter twice, empty, and out of order. It is
// left out, and reported, as Word's own is (docxtoc.go).

// tocLeader is an entry of a typed table of contents: its title, dots or
// an ellipsis as leaders, and the page number.
var tocLeader = regexp.MustCompile(`^\S.*?\s*(?:[.．·・…‥]{2,}|…)\s*` + digit + `+$`)

// tocPage is an entry without leaders: a chapter or skill point line
// ending in a page number after a space.
var tocPage = regexp.MustCompile(`\S` + space + `+` + digit + `+$`)

// tocRunMin is how many entries with leaders, one after the other, make a
// table of contents without a 目录 line before them.
const tocRunMin = 3

// dropTypedTOC leaves out the typed tables of contents among lines: a 目录
// line and the entries after it, or a run of tocRunMin entries with
// leaders.
func (m *Manual) dropTypedTOC(lines []line) []line {
	var out []line
	for i := 0; i < len(lines); i++ {
		titled := isTOCTitle(lines[i].Text)
		start := i
		if titled {
			start = i + 1
		}
		end := start
		for end < len(lines) && tocLine(lines[end], titled) {
			end++
		}
		if (titled && end > start) || end-start >= tocRunMin {
			m.lost(lines[i].No, "left out the table of contents (目录, %d %s(s)): the site lists the chapters and skill points itself", end-i, m.Unit)
			i = end - 1
			continue
		}
		out = append(out, lines[i])
	}
	return out
}

// tocLine reports whether a line is an entry of a table of contents; after
// a 目录 line, a chapter or skill point line ending in a page number is one
// too.
func tocLine(l line, titled bool) bool {
	if l.block != nil || terminal(l.Text) {
		return false
	}
	return tocLeader.MatchString(l.Text) || titled && structure(line{Text: l.Text}) != "" && tocPage.MatchString(l.Text)
}

// isTOCTitle reports whether a line is the title of a table of contents.
func isTOCTitle(s string) bool {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u3000' }), "")
	return s == "目录" || strings.EqualFold(s, "contents")
}
