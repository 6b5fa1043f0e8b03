package manual

import "strings"

// spans is a paragraph being read from a Word or HTML file: its plain
// text, for finding the structure, and its pieces for the Markdown.
type spans struct {
	plain strings.Builder
	segs  []segment
	// link is the Markdown destination of the link being read.
	link string
}

// segment is a piece of a paragraph with one formatting: text (escaped)
// or Markdown made here (a picture, a note reference, a line break).
type segment struct {
	md   string
	text bool
	f    format
	link string
}

// format is the emphasis a run has.
type format struct{ bold, italic, strike, sup, sub bool }

// text adds text with a formatting.
func (sp *spans) text(s string, f format) {
	if s == "" {
		return
	}
	sp.plain.WriteString(s)
	sp.add(segment{md: escapeInline(s), text: true, f: f})
}

// add adds a segment, inside the link being read.
func (sp *spans) add(s segment) {
	s.link = sp.link
	sp.segs = append(sp.segs, s)
}

// markdown joins the segments, each run of one formatting inside its
// emphasis and each run of one link inside its brackets.
func (sp *spans) markdown() string {
	var b strings.Builder
	for i := 0; i < len(sp.segs); {
		j := i + 1
		for j < len(sp.segs) && sp.segs[j].link == sp.segs[i].link {
			j++
		}
		inner := emphasize(sp.segs[i:j])
		if l := sp.segs[i].link; l != "" && strings.TrimSpace(inner) != "" {
			inner = "[" + inner + "](" + l + ")"
		}
		b.WriteString(inner)
		i = j
	}
	return escapeBlockStart(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(b.String()), "<br>")))
}

// emphasize writes segments, each run of text with the same formatting
// wrapped once in its markers; spaces stay outside the markers.
func emphasize(segs []segment) string {
	var b strings.Builder
	for i := 0; i < len(segs); {
		if !segs[i].text {
			b.WriteString(segs[i].md)
			i++
			continue
		}
		j, text := i, ""
		for ; j < len(segs) && segs[j].text && segs[j].f == segs[i].f; j++ {
			text += segs[j].md
		}
		b.WriteString(wrap(text, segs[i].f))
		i = j
	}
	return b.String()
}

func wrap(text string, f format) string {
	core := strings.TrimSpace(text)
	if core == "" {
		return text
	}
	lead := text[:strings.Index(text, core)]
	trail := text[len(lead)+len(core):]
	open, close := "", ""
	for _, m := range []struct {
		on          bool
		open, close string
	}{{f.bold, "**", "**"}, {f.italic, "*", "*"}, {f.strike, "~~", "~~"}, {f.sup, "<sup>", "</sup>"}, {f.sub, "<sub>", "</sub>"}} {
		if m.on {
			open, close = open+m.open, m.close+close
		}
	}
	return lead + open + core + close + trail
}

// escapeBlockStart escapes a first character that would make the line
// Markdown block syntax (a heading, quote, list, rule or table).
func escapeBlockStart(md string) string {
	if strings.HasPrefix(md, "**") || strings.HasPrefix(md, "*") && !strings.HasPrefix(md, "* ") ||
		strings.HasPrefix(md, "~~") || strings.HasPrefix(md, "<sup>") || strings.HasPrefix(md, "<sub>") || strings.HasPrefix(md, "<br>") {
		return md
	}
	return escapeMarker(md)
}

// linkDestination writes a URL as a Markdown link destination.
func linkDestination(url string) string {
	if strings.ContainsAny(url, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(url) + ">"
	}
	return url
}
