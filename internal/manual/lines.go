package manual

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is a non-empty line of the input, trimmed, with its number from 1.
// Hint is what a Word file's paragraph style says it is.
type line struct {
	No   int
	Text string
	Hint Hint
	// rich is set for a line read from a Word or HTML file: md is its
	// Markdown, list its place in a list, notes its footnotes, pics its
	// pictures; block, when set, is a block read whole (a table, a
	// paragraph of pictures); caption says its style is a caption's;
	// number is the number Word shows before a skill point's heading.
	rich    bool
	md      string
	list    *listMark
	notes   []string
	pics    []picture
	block   *Block
	caption bool
	number  string
}

// body is the line's text as it goes into a block: Markdown for rich
// lines, plain text for the others.
func (l line) body() string {
	if l.rich {
		return l.md
	}
	return l.Text
}

// heading is the line's text as a heading: its Markdown without the bold
// that wraps all of it (a bold line taken for a sub-heading made
// `## **热情周到的服务**`; a heading is bold already).
func (l line) heading() string {
	md := l.body()
	if inner, ok := strings.CutPrefix(md, "**"); ok && l.rich && strings.HasSuffix(inner, "**") && !strings.Contains(inner[:len(inner)-2], "**") {
		return inner[:len(inner)-2]
	}
	return md
}

// Hint is what a Word file says a paragraph is, from its style.
type Hint int

// The hints a Word file gives.
const (
	NoHint Hint = iota
	ChapterHint
	SkillHint
	HeadingHint
	ListHint
)

// splitLines returns the non-empty lines of text.
func splitLines(text string) []line {
	var out []line
	for i, s := range strings.Split(text, "\n") {
		if t := strings.TrimFunc(s, unicode.IsSpace); t != "" {
			out = append(out, line{No: i + 1, Text: t})
		}
	}
	return out
}

// digit and space match the full-width forms too, as a Chinese IME types
// them (技能点６　如何确定服务的目标市场).
const (
	digit = `[0-9０-９]`
	space = `[\s\x{3000}]`
)

var (
	chapterLine = regexp.MustCompile(`^第([一二三四五六七八九十百零〇两0-9０-９]+)章` + space + `*(.*)$`)
	skillLine   = regexp.MustCompile(`^技能点` + space + `*(` + digit + `+)` + space + `*(.*)$`)
	listLine    = regexp.MustCompile(`^(\(` + digit + `+\)|（` + digit + `+）|` + digit + `+、|[一二三四五六七八九十]+、|` + digit + `+\.\s)`)
)

const (
	descriptionWord = "技能描述"
	keyPointsWord   = "牢记要点"
)

// chrome are lines that document-sharing sites add to every page.
var chrome = map[string]bool{"相关文档": true, "最新文档": true}

// terminal reports whether s ends a sentence or an introduction: a line
// after it starts a new paragraph rather than continuing this one.
// A closing quote ends a sentence only after a full stop: “…。”
func terminal(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune("”’」』\"", r) {
		r, _ = utf8.DecodeLastRuneInString(s[:len(s)-size])
	}
	return strings.ContainsRune("。！？!?；;：:….", r)
}

// short reports a line short enough to be a title or a sub-heading.
func short(s string) bool { return utf8.RuneCountInString(s) <= 25 }

// titleLike reports a line that can be a title: short, not a sentence,
// and not two (回访结束后。记录结果 is a sentence and the start of another).
func titleLike(s string) bool {
	return short(s) && !terminal(s) && !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, "，") && !strings.ContainsAny(s, "。！？")
}

// leadIn reports a line that leads into the lines after it, "… is:":
// 培训策略应考虑的重点是:6WIH is a sentence, not a sub-heading, though short
// and without a full stop.
func leadIn(s string) bool { return strings.Contains(s, "是:") || strings.Contains(s, "是：") }

// runOn reports the body of a scraped article: one long line whose
// paragraphs were run together with spaces.
func runOn(s string) bool {
	return utf8.RuneCountInString(s) >= 150 && strings.Count(s, " ") >= 2
}

// chineseNumber reads a chapter number: 二 → 2, 十二 → 12, 6 → 6, ６ → 6.
func chineseNumber(s string) int {
	digits := map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	n, cur := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			cur = cur*10 + int(r-'0')
		case r >= '０' && r <= '９':
			cur = cur*10 + int(r-'０')
		case r == '十':
			n += max(cur, 1) * 10
			cur = 0
		case r == '百':
			n += max(cur, 1) * 100
			cur = 0
		default:
			cur = digits[r]
		}
	}
	return n + cur
}

// joinText joins a line to the paragraph a page break split it from: no
// space between Chinese characters, one between Latin words.
func joinText(a, b string) string {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra < utf8.RuneSelf && rb < utf8.RuneSelf && unicode.IsLetter(ra) && unicode.IsLetter(rb) {
		return a + " " + b
	}
	return a + b
}
