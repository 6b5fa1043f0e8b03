package manual

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// reader reads the manual part, line by line, into chapters and skill
// points.
type reader struct {
	m       *Manual
	lines   []line
	i       int
	chapter *Chapter
	skill   *Skill
	// keyPoints is the 牢记要点 block being read, nil outside one.
	keyPoints *Block
	// styled is set when the document marks its sub-headings with styles
	// (Heading 3…6, h3…h6): then a paragraph of another style is not taken
	// for one by its text.
	styled bool
}

func (r *reader) read() {
	r.styled = slices.ContainsFunc(r.lines, func(l line) bool { return l.Hint == HeadingHint })
	for r.i = 0; r.i < len(r.lines); r.i++ {
		l := r.lines[r.i]
		r.readLine(l)
		r.attachNotes(l)
	}
	r.endKeyPoints()
	r.fixLastList()
	r.noteCutOff()
}

// noteCutOff notes a manual whose last skill point ends in the middle of
// a sentence (…企业的员工是激发还是阻): a copy that lost its last page.
func (r *reader) noteCutOff() {
	if r.skill == nil || len(r.skill.Blocks) == 0 {
		return
	}
	last := r.skill.Blocks[len(r.skill.Blocks)-1]
	if last.Kind == Paragraph && !last.raw && !terminal(last.Text) {
		r.note(last.Line, "the last skill point, 「%s」, ends in the middle of a sentence: 「…%s」; the copy may have lost what followed", r.skill.Title, lastWords(last.Text))
	}
}

// lastWords is the end of s after its last full stop, at most 20
// characters of it.
func lastWords(s string) string {
	if i := strings.LastIndexAny(s, "。！？"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
	}
	rs := []rune(s)
	return string(rs[max(0, len(rs)-20):])
}

// readLine places one line.
func (r *reader) readLine(l line) {
	if l.block != nil {
		r.endKeyPoints()
		r.add(*l.block)
		return
	}
	if r.keyPoints != nil && l.Hint == HeadingHint {
		r.endKeyPoints()
	}
	if n, ok := r.next(); ok && n.Text == descriptionWord && titleLike(l.Text) && structure(l) == "" {
		r.startSkill(l.Text, "", l)
		return
	}
	switch structure(l) {
	case "chapter":
		r.startChapter(l)
	case "skill":
		title, marker := l.Text, l.number
		if m := skillLine.FindStringSubmatch(l.Text); m != nil {
			marker, title = strings.TrimSuffix(l.Text, m[2]), m[2]
		}
		r.startSkill(strings.TrimSpace(title), strings.TrimSpace(marker), l)
	case "description":
		r.endKeyPoints()
		r.add(Block{Kind: Heading, Text: descriptionWord, Line: l.No})
	case "keypoints":
		r.startKeyPoints(l)
	default:
		r.text(l)
	}
}

// attachNotes gives the footnote definitions of a line's text to the
// block it went into.
func (r *reader) attachNotes(l line) {
	if len(l.notes) == 0 {
		return
	}
	if r.keyPoints != nil {
		r.keyPoints.Notes = append(r.keyPoints.Notes, l.notes...)
		return
	}
	bs := r.blocks()
	if len(bs) == 0 {
		r.add(Block{Kind: Paragraph, Line: l.No, raw: true})
		bs = r.blocks()
	}
	bs[len(bs)-1].Notes = append(bs[len(bs)-1].Notes, l.notes...)
}

func (r *reader) next() (line, bool) {
	if r.i+1 < len(r.lines) {
		return r.lines[r.i+1], true
	}
	return line{}, false
}

func (r *reader) note(no int, format string, args ...any) {
	r.m.Notes = append(r.m.Notes, Note{Line: no, Message: fmt.Sprintf(format, args...)})
}

func (r *reader) startChapter(l line) {
	r.endKeyPoints()
	r.fixLastList()
	ch := &Chapter{Title: l.Text, Line: l.No}
	if m := chapterLine.FindStringSubmatch(l.Text); m != nil {
		ch.Number = chineseNumber(m[1])
		ch.Title = strings.TrimSpace(strings.TrimSuffix(l.Text, m[2])) + " " + m[2]
		ch.Title = strings.TrimSpace(ch.Title)
	}
	r.m.Chapters = append(r.m.Chapters, ch)
	r.chapter, r.skill = ch, nil
}

func (r *reader) startSkill(title, marker string, l line) {
	r.endKeyPoints()
	r.fixLastList()
	if r.chapter == nil {
		r.firstChapter(l)
	}
	title = cmp.Or(title, cmp.Or(marker, untitled))
	r.skill = &Skill{Title: title, Marker: marker, Line: l.No}
	r.chapter.Skills = append(r.chapter.Skills, r.skill)
}

// firstChapter holds the skill points that come before any chapter line.
func (r *reader) firstChapter(l line) {
	r.chapter = &Chapter{Title: "第一章", Line: l.No}
	r.m.Chapters = append(r.m.Chapters, r.chapter)
	r.note(l.No, "the skill points before the first chapter line are put in a chapter titled 第一章; rename it in its _index.md")
}

// add appends a block to the skill point, or to the chapter's introduction.
func (r *reader) add(b Block) {
	r.fixLastList()
	if r.skill == nil && r.chapter == nil {
		r.startSkill(cmp.Or(r.m.Title, untitled), "", line{No: b.Line})
		r.note(b.Line, "text before any skill point is put in a skill point titled 「%s」", r.skill.Title)
	}
	switch {
	case r.skill != nil:
		r.skill.Blocks = append(r.skill.Blocks, b)
	case r.chapter != nil:
		r.chapter.Intro = append(r.chapter.Intro, b)
	}
}

func (r *reader) blocks() []Block {
	switch {
	case r.skill != nil:
		return r.skill.Blocks
	case r.chapter != nil:
		return r.chapter.Intro
	}
	return nil
}

func (r *reader) startKeyPoints(l line) {
	r.endKeyPoints()
	if r.skill == nil {
		r.startSkill(cmp.Or(r.m.Title, untitled), "", l)
		r.note(l.No, "牢记要点 outside a skill point: put in a skill point of its own")
	}
	r.keyPoints = &Block{Kind: KeyPointsBlock, Line: l.No}
	if rest := strings.TrimSpace(strings.TrimPrefix(l.Text, keyPointsWord)); rest != "" {
		r.keyPoints.Text = rest
		if l.rich {
			r.keyPoints.Text, r.keyPoints.raw = escapeInline(rest), true
		}
		return
	}
	if n, ok := r.next(); ok && structure(n) == "" {
		if isCaption, byWord := caption(n.Text); isCaption && n.list == nil && n.block == nil {
			r.keyPoints.Text, r.keyPoints.raw = n.body(), n.rich
			r.i++
			if byWord {
				r.note(n.No, "took 「%s」 as the caption of 牢记要点, not as a key point", n.Text)
			}
		}
	}
}

func (r *reader) endKeyPoints() {
	if r.keyPoints != nil {
		r.add(*r.keyPoints)
		r.keyPoints = nil
	}
}

// text places a line of text: a key point, the rest of a paragraph a page
// break split, a sub-heading, a list item or a paragraph.
func (r *reader) text(l line) {
	if r.keyPoints != nil {
		if l.list != nil || utf8.RuneCountInString(l.Text) <= 40 || !terminal(l.Text) {
			r.keyPoints.appendItem(l)
			return
		}
		r.endKeyPoints()
	}
	if r.chapter == nil && r.skill == nil && r.leading(l) {
		return
	}
	if !l.rich && r.continues(l) {
		return
	}
	if head, tail := r.trailingHeading(l); tail != "" && !l.rich {
		r.add(Block{Kind: Paragraph, Text: head, Line: l.No})
		r.add(Block{Kind: Heading, Text: tail, Line: l.No})
		r.note(l.No, "took 「%s」 at the end of the line as a sub-heading run into the paragraph", tail)
		return
	}
	switch {
	case l.caption:
		r.add(Block{Kind: Paragraph, Text: l.body(), Line: l.No, raw: l.rich})
	case l.Hint == ListHint || (l.Hint == NoHint && listLine.MatchString(l.Text)):
		r.listItem(l)
	case l.Hint == HeadingHint || (l.Hint == NoHint && !r.styled && titleLike(l.Text) && !leadIn(l.Text) && r.opensSection() && !r.splitSentence(l)):
		r.add(Block{Kind: Heading, Text: l.heading(), Line: l.No, raw: l.rich})
	default:
		r.add(Block{Kind: Paragraph, Text: l.body(), Line: l.No, raw: l.rich})
	}
}

// trailingHeading splits a paragraph line whose last words, after its last
// full stop, are a short title that the next line's paragraph follows: a
// sub-heading the copy ran into the text ("…百分之百满意。争取常客").
func (r *reader) trailingHeading(l line) (head, tail string) {
	if l.Hint != NoHint || !r.opensSection() {
		return l.Text, ""
	}
	i := strings.LastIndexAny(l.Text, "。！？")
	if i < 0 {
		return l.Text, ""
	}
	_, size := utf8.DecodeRuneInString(l.Text[i:])
	tail = l.Text[i+size:]
	// A tail that repeats how the paragraph starts is the start of its next
	// sentence ("加强信息在…。加强信息" / "沟通要做到:…"), not a heading.
	if tail == "" || utf8.RuneCountInString(tail) > 12 || !titleLike(tail) || listLine.MatchString(tail) ||
		strings.HasPrefix(l.Text, tail) {
		return l.Text, ""
	}
	return l.Text[:i+size], tail
}

// leading handles the first lines of a manual that opens with neither a
// chapter nor a skill point. The document's title line is the course's
// title, and used up; the text after it starts a skill point, titled with
// the document's title.
func (r *reader) leading(l line) (usedUp bool) {
	if l.Text == r.m.Title && r.i == 0 {
		r.note(l.No, "took 「%s」 as the document's title: the course's title unless --title is given, and no skill point", l.Text)
		return true
	}
	r.startSkill(cmp.Or(r.m.Title, untitled), "", l)
	r.note(l.No, "text before any skill point is put in a skill point titled 「%s」", cmp.Or(r.m.Title, untitled))
	return false
}

// untitled titles what the manual gives no title.
const untitled = "未命名"

// continues joins l to the last paragraph or list item when a page break
// split them: the last one does not end a sentence.
func (r *reader) continues(l line) bool {
	bs := r.blocks()
	if len(bs) == 0 || l.Hint != NoHint {
		return false
	}
	last := &bs[len(bs)-1]
	switch {
	case last.Kind == Paragraph && !terminal(last.Text) && !latinBreak(last.Text, l.Text):
		last.Text = joinText(last.Text, l.Text)
	case last.Kind == List && !listLine.MatchString(l.Text) && !terminal(last.Items[len(last.Items)-1]) &&
		utf8.RuneCountInString(l.Text) <= 10 && terminal(l.Text):
		last.Items[len(last.Items)-1] = joinText(last.Items[len(last.Items)-1], l.Text)
	default:
		return false
	}
	return true
}

// latinBreak reports a break between Latin text ("…重点是:6WIH" / "Who——…")
// that is a new line, not a split word.
func latinBreak(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra < utf8.RuneSelf && rb < utf8.RuneSelf && ra > ' ' && rb > ' '
}

// splitSentence reports a short line with a comma whose next line is a
// few characters and a full stop: a sentence a page break cut ("…,不能难以"
// / "想象地打断。"), not a sub-heading.
func (r *reader) splitSentence(l line) bool {
	n, ok := r.next()
	return ok && strings.ContainsAny(l.Text, ",，") && utf8.RuneCountInString(n.Text) <= 10 && terminal(n.Text)
}

// opensSection reports whether the line after the current one is text, so
// that a short current line can head it.
func (r *reader) opensSection() bool {
	n, ok := r.next()
	return ok && structure(n) == "" && !articleStart(r.lines, r.i+1)
}

// listItem adds a numbered line to the list before it, when that list is
// numbered the same way, or starts a list. A one-item list followed by
// anything else is a numbered sub-heading ("2、选择定位战略"); fixLists
// turns those into headings.
func (r *reader) listItem(l line) {
	bs := r.blocks()
	styled := l.Hint == ListHint
	if n := len(bs); n > 0 && bs[n-1].Kind == List && bs[n-1].styled == styled && bs[n-1].raw == l.rich &&
		(styled || sameStyle(bs[n-1].Items[0], l.Text)) {
		bs[n-1].appendItem(l)
		return
	}
	b := Block{Kind: List, Line: l.No, styled: styled, raw: l.rich}
	b.appendItem(l)
	r.add(b)
}

// appendItem adds a line to a list or the key points, with its place in
// the list when it has one.
func (b *Block) appendItem(l line) {
	if l.list != nil && b.Marks == nil {
		b.Marks = make([]listMark, len(b.Items))
	}
	b.Items = append(b.Items, l.body())
	b.raw = b.raw || l.rich
	if b.Marks != nil {
		b.Marks = append(b.Marks, derefMark(l.list))
	}
}

func derefMark(m *listMark) listMark {
	if m == nil {
		return listMark{}
	}
	return *m
}

var styles = []*regexp.Regexp{
	regexp.MustCompile(`^(\(` + digit + `+\)|（` + digit + `+）)`), regexp.MustCompile(`^` + digit + `+、`),
	regexp.MustCompile(`^[一二三四五六七八九十]+、`), regexp.MustCompile(`^` + digit + `+\.\s`),
}

func sameStyle(a, b string) bool {
	for _, re := range styles {
		if re.MatchString(a) {
			return re.MatchString(b)
		}
	}
	return false
}

// fixLastList turns a last block that is a list of one short item into a
// sub-heading.
func (r *reader) fixLastList() {
	bs := r.blocks()
	if n := len(bs); n > 0 && bs[n-1].Kind == List && !bs[n-1].styled && len(bs[n-1].Items) == 1 && titleLike(bs[n-1].Items[0]) {
		bs[n-1] = Block{Kind: Heading, Text: bs[n-1].Items[0], Line: bs[n-1].Line}
	}
}
