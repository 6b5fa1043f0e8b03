package markdown

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// A trainer's slips that would lose a page's key points without a word:
// `##牢记要点` (no space after the #s: a paragraph to Markdown), a heading
// that is nearly the key-points heading (牢记要點, 牢记要点：) or it at
// another level (### 牢记要点), a skill point whose list is under another
// heading, an empty item, an item listed twice. Each is a warning; the
// build goes on.

// hashesWithoutSpace is a line that reads as a heading to its writer but
// not to Markdown: #s and a letter or a Han character straight after them.
var hashesWithoutSpace = regexp.MustCompile(`^#{1,6}[\p{L}]`)

// headingSlips warns of the paragraphs at the top level that start with
// #s and no space.
func headingSlips(doc *Doc) []Issue {
	var out []Issue
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		p, ok := n.(*ast.Paragraph)
		if !ok || p.Lines().Len() == 0 {
			continue
		}
		line := p.Lines().At(0)
		v := line.Value(doc.Source)
		if len(v) == 0 || v[0] != '#' {
			continue // most paragraphs: their text is not copied (40 MB at 10,000 skill points)
		}
		text := string(v)
		if hashesWithoutSpace.MatchString(text) {
			hashes := text[:strings.IndexFunc(text, func(r rune) bool { return r != '#' })]
			out = append(out, Issue{Offset: line.Start, Warning: true,
				Message: fmt.Sprintf("%q is not a heading: Markdown needs a space after the %s", firstLine(text), hashes),
				Hint:    fmt.Sprintf("write `%s %s`", hashes, strings.TrimPrefix(firstLine(text), hashes))})
		}
	}
	return out
}

// nearHeading warns, when a page has no key-points heading, of a level-2
// heading that is nearly it (one character apart, or it with more around
// it), or of the heading itself at another level (### 牢记要点), whose
// list is then no key points.
func (c *Converter) nearHeading(doc *Doc) []Issue {
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		switch text := PlainText(h, doc.Source); {
		case h.Level == 2 && nearlySame(text, c.KeyPointsHeading):
			return []Issue{{Offset: blockOffset(h), Warning: true,
				Message: fmt.Sprintf("heading %q is not %q: its list is not the page's key points", text, c.KeyPointsHeading),
				Hint:    fmt.Sprintf("write `## %s`, exactly", c.KeyPointsHeading)}}
		case h.Level != 2 && (text == c.KeyPointsHeading || nearlySame(text, c.KeyPointsHeading)):
			return []Issue{{Offset: blockOffset(h), Warning: true,
				Message: fmt.Sprintf("heading %q is of level %d: the key points are read from a level-2 heading", text, h.Level),
				Hint:    fmt.Sprintf("write `## %s` (two #s)", c.KeyPointsHeading)}}
		}
	}
	return nil
}

// missingKeyPoints warns of a skill point without a key-points section
// whose list is under a level-2 heading of another name (## 重点要点), the
// last such, which most likely holds its key points; nil when there is
// none (a page without a list: a skill point may have no key points).
func (c *Converter) missingKeyPoints(doc *Doc) []Issue {
	var out []Issue
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 2 && h.NextSibling() != nil && h.NextSibling().Kind() == ast.KindList {
			out = []Issue{{Offset: blockOffset(h), Warning: true,
				Message: fmt.Sprintf("no %q section: this skill point has no key points for trainees to tick, drill and review", c.KeyPointsHeading),
				Hint:    fmt.Sprintf("if the list under %q holds the key points, name its heading `## %s`", PlainText(h, doc.Source), c.KeyPointsHeading)}}
		}
	}
	return out
}

// nearlySame reports a text one character from want (a character more,
// fewer or other), or want with marks or spaces around it (牢记要点：).
func nearlySame(text, want string) bool {
	if text == want {
		return false
	}
	if before, after, ok := strings.Cut(text, want); ok {
		return !strings.ContainsFunc(before+after, unicode.IsLetter)
	}
	a, b := []rune(text), []rune(want)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	skip := 0
	if len(a) == len(b) {
		skip = 1
	}
	return string(a[i+skip:]) == string(b[i+1:])
}

// itemSlips warns of key points written as a bare list marker, which are
// left out, and of key points written twice alike.
func itemSlips(written []source) []Issue {
	var out []Issue
	seen := map[string]bool{}
	for i, w := range written {
		switch {
		case w.empty:
			out = append(out, Issue{Offset: w.at, Warning: true, Message: fmt.Sprintf("key point %d is empty: it is left out", i+1),
				Hint: "write the key point after `- `, or delete the line"})
		case w.text != "" && seen[w.text]:
			out = append(out, Issue{Offset: w.at, Warning: true, Message: fmt.Sprintf("key point %q is listed twice", firstLine(w.text)),
				Hint: "delete one of them: trainees tick and count each"})
		}
		seen[w.text] = true
	}
	return out
}

// firstLine is a text's first line, at most 40 characters.
func firstLine(text string) string {
	text, _, _ = strings.Cut(text, "\n")
	if utf8.RuneCountInString(text) > 40 {
		text = string([]rune(text)[:40]) + "…"
	}
	return text
}
