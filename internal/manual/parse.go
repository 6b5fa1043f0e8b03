package manual

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parse reads a manual's text.
func Parse(text string) *Manual {
	m := parseLines(splitLines(text))
	m.noteNotManual(text)
	return m
}

// markdownLine is a line of Markdown that a manual's text has not: a
// heading's #s and a space, or front matter's fence.
var markdownLine = regexp.MustCompile(`(?m)^(?:#{1,6} |---$)`)

// noteNotManual notes, at its first line, a text that is no manual's:
// Markdown already (front matter, # headings), which belongs in content/
// as it is, or a file without a Han character (a script, a list of
// numbers), whose import is most likely a slip.
// The note comes first: what else the reader says of such a file follows
// from it.
func (m *Manual) noteNotManual(text string) {
	var msg string
	switch {
	case len(markdownLine.FindAllStringIndex(text, 3)) == 3:
		msg = "the file is Markdown already (front matter, # headings): put Markdown pages into content/ as they are; import reads a manual's plain text, Word or HTML"
	case !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Han, r) }):
		msg = "the file holds no Chinese text: is it a manual? Import reads a manual's plain text, Word or HTML"
	default:
		return
	}
	m.Notes = append([]Note{{Line: 1, Message: msg}}, m.Notes...)
}

func parseLines(lines []line) *Manual {
	m := &Manual{Unit: "line"}
	parseInto(m, lines)
	return m
}

// parseInto finds the structure of the lines and adds it to m.
func parseInto(m *Manual, lines []line) {
	lines = m.dropChrome(m.dropTypedTOC(lines))
	body, articles := splitArticles(lines)
	if len(body) == 0 {
		m.Title = "" // the first line is the first article's title
	}
	r := &reader{m: m, lines: body}
	r.read()
	m.readArticles(articles)
	m.sortNotes()
	m.findTargets()
}

// dropChrome drops the lines that sharing sites add to copied text: the
// document's title repeated at the top of the page, 相关文档 and 最新文档
// (a Word file has none; an HTML page's are removed with its elements).
// The first line stays, as the document's title.
func (m *Manual) dropChrome(lines []line) []line {
	var out []line
	for i, l := range lines {
		repeated := i > 0 && i < 6 && l.Text == lines[0].Text && l.Hint == NoHint && l.Text != ""
		if (chrome[l.Text] || repeated) && !l.rich {
			m.Dropped = append(m.Dropped, l.No)
			continue
		}
		out = append(out, l)
	}
	if len(out) > 0 && titleLike(out[0].Text) && structure(out[0]) == "" {
		m.Title = out[0].Text
	}
	return out
}

// splitArticles finds where the standalone articles start: the first
// title line followed by a run-on body; or, after the last skill point's
// key points,
// the first short article (a title line whose paragraph starts by
// repeating it); or the run of short articles that ends the manual.
func splitArticles(lines []line) (body, articles []line) {
	from := afterKeyPoints(lines)
	for i := 0; i+1 < len(lines); i++ {
		if articleStart(lines, i) || i >= from && shortArticle(lines, i) {
			return lines[:i], lines[i:]
		}
	}
	for i := range lines {
		if articleRun(lines, i) {
			return lines[:i], lines[i:]
		}
	}
	return lines, nil
}

// afterKeyPoints is the index after the 牢记要点 line of the manual's last
// skill point; len(lines) when it has none. (Before it, a sub-heading
// whose paragraph repeats it is common: 让员工有归属感 / 让员工有归属感可以….)
func afterKeyPoints(lines []line) int {
	for i := len(lines) - 1; i >= 0; i-- {
		switch structure(lines[i]) {
		case "keypoints":
			return i + 1
		case "skill", "chapter":
			return len(lines)
		}
	}
	return len(lines)
}

// shortArticle reports a title line followed by a paragraph that starts
// by repeating it: an article, however short.
func shortArticle(lines []line, i int) bool {
	if i+1 >= len(lines) || lines[i].Hint != NoHint || structure(lines[i]) != "" || !titleLike(lines[i].Text) || lines[i].Text == "" {
		return false
	}
	title := strings.ReplaceAll(lines[i].Text, " ", "")
	next := strings.ReplaceAll(lines[i+1].Text, " ", "")
	return strings.HasPrefix(next, title) && !titleLike(lines[i+1].Text) && structure(lines[i+1]) == ""
}

// articleRun reports whether the lines from i to the end are short
// articles, each a title, the paragraph repeating it, and paragraphs.
func articleRun(lines []line, i int) bool {
	if !shortArticle(lines, i) {
		return false
	}
	for k := i + 2; k < len(lines); k++ {
		switch {
		case shortArticle(lines, k):
			k++
		case titleLike(lines[k].Text) || structure(lines[k]) != "":
			return false
		}
	}
	return true
}

func articleStart(lines []line, i int) bool {
	return i+1 < len(lines) && titleLike(lines[i].Text) && structure(lines[i]) == "" &&
		runOn(lines[i+1].Text) && lines[i].Hint == NoHint
}

// repeatsTitle reports, among the articles, a title line whose next line
// starts with the same words: the article's body repeats its title.
func repeatsTitle(lines []line, i int) bool {
	if i+1 >= len(lines) || !titleLike(lines[i].Text) {
		return false
	}
	title := []rune(strings.ReplaceAll(lines[i].Text, " ", ""))
	next := strings.ReplaceAll(lines[i+1].Text, " ", "")
	return utf8.RuneCountInString(next) > len(title) && strings.HasPrefix(next, string(title[:min(6, len(title))]))
}

// structure says which structural line l is: "chapter", "skill",
// "description", "keypoints", or "" for text.
func structure(l line) string {
	switch {
	case l.Hint == ChapterHint || chapterLine.MatchString(l.Text):
		return "chapter"
	case l.Hint == SkillHint || skillLine.MatchString(l.Text):
		return "skill"
	case l.Text == descriptionWord:
		return "description"
	case strings.HasPrefix(l.Text, keyPointsWord):
		return "keypoints"
	}
	return ""
}

// readArticles reads the articles: each a title line and the lines up to
// the next title line followed by a run-on body.
func (m *Manual) readArticles(lines []line) {
	var a *Article
	for i, l := range lines {
		if articleStart(lines, i) || repeatsTitle(lines, i) || a == nil {
			a = &Article{Title: l.Text, Line: l.No}
			m.Articles = append(m.Articles, a)
			continue
		}
		n := len(a.Blocks)
		switch {
		case l.block != nil:
			a.Blocks = append(a.Blocks, *l.block)
		case n > 0 && !l.rich && !terminal(a.Blocks[n-1].Text) && !listLine.MatchString(l.Text):
			a.Blocks[n-1].Text = joinText(a.Blocks[n-1].Text, l.Text)
		default:
			a.Blocks = append(a.Blocks, Block{Kind: Paragraph, Text: l.body(), Line: l.No, raw: l.rich})
		}
		a.Blocks[len(a.Blocks)-1].Notes = append(a.Blocks[len(a.Blocks)-1].Notes, l.notes...)
	}
}

// caption reports a line that introduces the key points rather than being
// one: it ends with a colon, or names what the list is (…的手段, …的原则).
func caption(s string) (ok, byWord bool) {
	if strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：") {
		return true, false
	}
	for _, w := range []string{"手段", "方法", "要求", "原则", "途径", "步骤", "做法", "措施", "要点"} {
		if strings.HasSuffix(s, w) && utf8.RuneCountInString(s) > utf8.RuneCountInString(w)+1 {
			return true, true
		}
	}
	return false, false
}
