package markdown

import (
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// cjkEmphasis parses * and _ as goldmark does, with the CJK-friendly
// amendment to CommonMark's flanking rules (github.com/tats-u/
// markdown-cjk-friendly, which GitLab and markdig follow): a * run next to
// punctuation also opens when a CJK character stands before it, and also
// closes when one stands after it. Plain CommonMark leaves the stars of
// **注意：**员工 and **财富。**企业 on the page, as Chinese writers write
// them and as an import writes Word's bold; English text parses as before.
type cjkEmphasis struct{}

// Extend puts the parser ahead of goldmark's emphasis parser, which then
// never sees a * or _: it finds a delimiter where this one does.
func (cjkEmphasis) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(util.Prioritized(cjkEmphasis{}, 499)))
}

// Trigger implements parser.InlineParser.
func (cjkEmphasis) Trigger() []byte { return []byte{'*', '_'} }

// Parse implements parser.InlineParser: goldmark's parse of a delimiter
// run, with the amendment for *.
func (cjkEmphasis) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, segment := block.PeekLine()
	d := parser.ScanDelimiter(line, before, 1, emphasisDelimiters{})
	if d == nil {
		return nil
	}
	after := ' '
	if d.OriginalLength < len(line) {
		after = util.ToRune(line, d.OriginalLength)
	}
	if d.Char == '*' {
		d.CanOpen = d.CanOpen || !util.IsSpaceRune(after) && util.IsPunctRune(after) && isCJK(before)
		d.CanClose = d.CanClose || !util.IsSpaceRune(before) && util.IsPunctRune(before) && isCJK(after)
	}
	d.Segment = segment.WithStop(segment.Start + d.OriginalLength)
	block.Advance(d.OriginalLength)
	pc.PushDelimiter(d)
	return d
}

// isCJK reports a Chinese, Japanese or Korean character, full-width
// punctuation included.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo) ||
		r >= 0x3000 && r <= 0x303F || // CJK symbols and punctuation: 。、「」
		r >= 0xFF00 && r <= 0xFFEF || // full-width forms: ，：（）！
		r >= 0xFE30 && r <= 0xFE4F // CJK compatibility forms
}

// emphasisDelimiters is goldmark's delimiter processor for emphasis, which
// it does not export.
type emphasisDelimiters struct{}

// IsDelimiter implements parser.DelimiterProcessor.
func (emphasisDelimiters) IsDelimiter(b byte) bool { return b == '*' || b == '_' }

// CanOpenCloser implements parser.DelimiterProcessor.
func (emphasisDelimiters) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char
}

// OnMatch implements parser.DelimiterProcessor.
func (emphasisDelimiters) OnMatch(consumes int) ast.Node { return ast.NewEmphasis(consumes) }
