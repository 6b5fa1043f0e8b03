package manual

import (
	"strings"
	"unicode/utf8"
)

// Parse reads a manual's text.
func Parse(text string) *Manual { return parseLines(splitLines(text)) }

func parseLines(lines []line) *Manual {
	m := &Manual{Unit: "line"}
	parseInto(m, lines)
	return m
}

// parseInto finds the structure of the lines and adds it to m.
func parseInto(m *Manual, lines []line) {
	lines = m.dropChrome(lines)
	body, articles := splitArticles(lines)
	r := &reader{m: m, lines: body}
	r.read()
	m.readArticles(articles)
	m.sortNotes()
}

// dropChrome drops the lines that sharing sites add: the document's title
// repeated at the top of the page, 相关文档 and 最新文档. The first line
// stays, as the document's title.
func (m *Manual) dropChrome(lines []line) []line {
	var out []line
	for i, l := range lines {
		repeated := i > 0 && i < 6 && l.Text == lines[0].Text && l.Hint == NoHint && l.Text != ""
		if chrome[l.Text] || repeated {
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

// splitArticles finds where the standalone articles start: the first title
// line followed by a run-on body.
func splitArticles(lines []line) (body, articles []line) {
	for i := 0; i+1 < len(lines); i++ {
		if articleStart(lines, i) {
			return lines[:i], lines[i:]
		}
	}
	return lines, nil
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
