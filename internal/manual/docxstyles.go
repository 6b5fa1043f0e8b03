package manual

import "strings"

// wordStyle is what a paragraph style says: a heading level (as a Hint),
// a caption or a table of contents' entry, and the list numbering it
// brings.
type wordStyle struct {
	hint    Hint
	caption bool
	toc     bool // a table of contents' (see tocStyle)
	numID   string
	ilvl    int
}

// readStyles reads styles.xml: each paragraph style by id, with what its
// name (or the style it is based on) makes it.
func readStyles(root *xnode) map[string]wordStyle {
	styles := map[string]wordStyle{}
	if root == nil {
		return styles
	}
	based := map[string]string{}
	root.each(func(n *xnode) bool {
		if n.name != "style" {
			return n.name == "styles"
		}
		id := n.attr("styleId")
		name := strings.ToLower(n.val("name"))
		s := wordStyle{hint: styleHint(id), caption: name == "caption" || name == "题注", toc: tocStyle(name)}
		if s.hint == NoHint {
			s.hint = styleHint(strings.ReplaceAll(strings.TrimPrefix(name, "标题"), " ", ""))
		}
		if num := n.path("pPr", "numPr"); num != nil {
			s.numID, s.ilvl = num.val("numId"), atoi(num.val("ilvl"))
		}
		styles[id] = s
		based[id] = n.val("basedOn")
		return false
	})
	for id, s := range styles {
		if s.hint == NoHint {
			s.hint = styles[based[id]].hint
		}
		s.toc = s.toc || styles[based[id]].toc
		styles[id] = s
	}
	return styles
}

// styleHint reads Word's built-in heading styles, by id ("Heading1") or
// by the localized ids Chinese Word writes ("1", "2", "3").
func styleHint(style string) Hint {
	switch strings.TrimPrefix(strings.ToLower(style), "heading") {
	case "1":
		return ChapterHint
	case "2":
		return SkillHint
	case "3", "4", "5", "6":
		return HeadingHint
	}
	return NoHint
}

// atoi reads a small non-negative number, 0 when it is not one.
func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' || n > 1e6 {
			return n
		}
		n = n*10 + int(r-'0')
	}
	return n
}
