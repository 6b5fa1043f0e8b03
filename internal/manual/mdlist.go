package manual

import (
	"fmt"
	"strings"
)

// writeList writes list items: "- " bullets for plain lists, and for the
// lists of a Word or HTML file their own kind, numbers and nesting. An
// ordered list that starts again right after another switches between
// "1." and "1)", as Markdown otherwise joins the two.
func writeList(b *strings.Builder, items []string, marks []listMark, raw bool) {
	if marks == nil {
		for _, it := range items {
			b.WriteString("- " + inlineText(it, raw) + "\n")
		}
		return
	}
	var indents []int
	var prev []*listMark
	delim := map[int]byte{}
	for i, it := range items {
		m := marks[i]
		level := min(m.Level, len(indents))
		indents, prev = indents[:level], prev[:min(level+1, len(prev))]
		indent := 0
		if level > 0 {
			indent = indents[level-1]
		}
		marker := "- "
		if m.Ordered {
			if level < len(prev) && prev[level] != nil && prev[level].Ordered && prev[level].Number+1 != m.Number {
				delim[level] = map[byte]byte{'.': ')', ')': '.'}[delimOf(delim, level)]
			}
			marker = fmt.Sprintf("%d%c ", max(m.Number, 0)%1000000000, delimOf(delim, level))
		}
		b.WriteString(strings.Repeat(" ", indent) + marker + inlineText(it, raw) + "\n")
		indents = append(indents, indent+len(marker))
		if level < len(prev) {
			prev[level] = &marks[i]
		} else {
			prev = append(prev, &marks[i])
		}
	}
}

func delimOf(delim map[int]byte, level int) byte {
	if d, ok := delim[level]; ok {
		return d
	}
	return '.'
}

// inlineText is an item or heading's text as Markdown.
func inlineText(s string, raw bool) string {
	if raw {
		return s
	}
	return escapeInline(s)
}
