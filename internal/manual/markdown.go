package manual

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// unsafeInName are characters file systems or URLs refuse or mangle.
var unsafeInName = regexp.MustCompile(`[\s/\\:*?"<>|#%&“”‘’'` + "`" + `]+`)

// Slug makes a file name from a title: unsafe characters become dashes,
// and it is cut to 40 characters.
func Slug(title string) string {
	s := strings.Trim(unsafeInName.ReplaceAllString(title, "-"), "-.")
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40])
	}
	if s == "" {
		return "untitled"
	}
	return s
}

// page writes a Markdown file: front matter (with a comment line when
// given) and the blocks.
func page(title, comment string, blocks []Block) []byte {
	var b strings.Builder
	b.WriteString("---\n")
	if comment != "" {
		b.WriteString(comment + "\n")
	}
	b.WriteString("title: " + yamlString(title) + "\n---\n")
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n")
		}
		writeBlock(&b, bl)
	}
	return []byte(b.String())
}

func writeBlock(b *strings.Builder, bl Block) {
	switch bl.Kind {
	case Heading:
		b.WriteString("## " + inlineText(bl.Text, bl.raw) + "\n")
	case List:
		writeList(b, bl.Items, bl.Marks, bl.raw)
	case KeyPointsBlock:
		b.WriteString("## " + keyPointsWord + "\n\n")
		if bl.Text != "" {
			b.WriteString(paragraphText(bl.Text, bl.raw) + "\n\n")
		}
		writeList(b, bl.Items, bl.Marks, bl.raw)
	case TableBlock:
		writeTable(b, bl.Rows)
	default:
		if bl.Text != "" {
			b.WriteString(paragraphText(bl.Text, bl.raw) + "\n")
		}
	}
	for _, n := range bl.Notes {
		b.WriteString("\n" + n + "\n")
	}
}

// paragraphText is a paragraph's text as Markdown.
func paragraphText(s string, raw bool) string {
	if raw {
		return s
	}
	return escapeLine(s)
}

// blockStart matches what would make a paragraph's first characters
// Markdown syntax: a heading, list, quote, rule, fence or HTML.
var blockStart = regexp.MustCompile(`^([#>+\-=*_~<|]|\d+[.)])`)

// escapeLine escapes a paragraph so that Markdown shows it as written.
func escapeLine(s string) string {
	return escapeMarker(escapeInline(s))
}

// escapeMarker escapes a line's first characters when they would be
// Markdown block syntax. A list number keeps its digits and gets its dot or
// parenthesis escaped (3\.), because a backslash before a digit is no
// escape: the page would show it.
func escapeMarker(s string) string {
	m := blockStart.FindStringIndex(s)
	switch {
	case m == nil:
		return s
	case s[0] >= '0' && s[0] <= '9':
		return s[:m[1]-1] + `\` + s[m[1]-1:]
	default:
		return `\` + s
	}
}

// escapeInline escapes the characters that Markdown reads inside a line.
func escapeInline(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", `\<`, "[", `\[`, "]", `\]`).Replace(s)
}

// yamlString writes a title as YAML: plain when that reads back the same,
// else double-quoted.
func yamlString(s string) string {
	plain := !strings.ContainsAny(s, ":#'\"{}[],&*!|>%@`\\") && !strings.HasPrefix(s, "-") && !strings.HasPrefix(s, "?") &&
		strings.TrimSpace(s) == s && s != "" && !looksTyped(s)
	if plain {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r < ' ':
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// looksTyped reports titles YAML would read as something other than text.
func looksTyped(s string) bool {
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "null", "~", "on", "off":
		return true
	}
	_, err := fmt.Sscanf(s, "%g", new(float64))
	return err == nil
}
