package manual

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// File is a file the import writes, its path relative to the site root.
type File struct {
	Path string
	Data []byte
}

// Layout says where an imported manual goes.
type Layout struct {
	// Course is the course's folder under content/; Title its title.
	Course string
	Title  string
}

// Files lays the manual out as content files: the course, a folder per
// chapter numbered as the manual numbers it, a file per skill point, and
// the articles in content/library/. The same manual gives the same files.
func (m *Manual) Files(l Layout) []File {
	course := "content/" + l.Course + "/"
	files := []File{{course + "_index.md", page(l.Title, "", nil)}}
	for i, ch := range m.Chapters {
		dir := course + fmt.Sprintf("%02d-%s/", chapterNumber(ch, i), Slug(chapterSlug(ch)))
		files = append(files, File{dir + "_index.md", page(ch.Title, "", ch.Intro)})
		for j, s := range ch.Skills {
			comment := ""
			if s.Marker != "" {
				comment = "# " + s.Marker
			}
			files = append(files, File{dir + fmt.Sprintf("%02d-%s.md", j+1, Slug(s.Title)), page(s.Title, comment, s.Blocks)})
		}
	}
	for i, a := range m.Articles {
		files = append(files, File{fmt.Sprintf("content/library/%02d-%s.md", i+1, Slug(a.Title)), page(a.Title, "", a.Blocks)})
	}
	return files
}

func chapterNumber(ch *Chapter, i int) int {
	if ch.Number > 0 {
		return ch.Number
	}
	return i + 1
}

// chapterSlug is the chapter's "第二章", or its title when it has none.
func chapterSlug(ch *Chapter) string {
	if m := chapterLine.FindStringSubmatch(ch.Title); m != nil {
		return strings.TrimSuffix(ch.Title, m[2])
	}
	return ch.Title
}

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
		b.WriteString("## " + escapeInline(bl.Text) + "\n")
	case List:
		for _, it := range bl.Items {
			b.WriteString("- " + escapeInline(it) + "\n")
		}
	case KeyPointsBlock:
		b.WriteString("## " + keyPointsWord + "\n\n")
		if bl.Text != "" {
			b.WriteString(escapeLine(bl.Text) + "\n\n")
		}
		for _, it := range bl.Items {
			b.WriteString("- " + escapeInline(it) + "\n")
		}
	default:
		b.WriteString(escapeLine(bl.Text) + "\n")
	}
}

// blockStart matches what would make a paragraph's first characters
// Markdown syntax: a heading, list, quote, rule, fence or HTML.
var blockStart = regexp.MustCompile(`^([#>+\-=*_~<|]|\d+[.)])`)

// escapeLine escapes a paragraph so that Markdown shows it as written.
func escapeLine(s string) string {
	s = escapeInline(s)
	if blockStart.MatchString(s) {
		return `\` + s
	}
	return s
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
