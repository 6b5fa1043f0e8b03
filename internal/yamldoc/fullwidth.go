package yamldoc

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"skillbook/internal/diag"
)

// fullWidthColon is what a Chinese input method types for a colon.
const fullWidthColon = "："

// FullWidthComma is what a Chinese input method types for a comma: inside
// `[a，b]` it separates nothing, the list has one item.
const FullWidthComma = "，"

// SplitFullWidth splits every item at its full-width commas, as the writer
// of the items meant them.
func SplitFullWidth(items []string) []string {
	var split []string
	for _, item := range items {
		for _, s := range strings.Split(item, FullWidthComma) {
			split = append(split, strings.TrimSpace(s))
		}
	}
	return split
}

// fullWidthKey matches a line that starts, after its indent and list dashes,
// with a key and a full-width colon: groups are the indent, the key, the
// blanks and colon, and the value.
var fullWidthKey = regexp.MustCompile(`^( *(?:- +)*)([A-Za-z0-9_-]+)( *：[ 　]*)(.*)$`)

// tightKey matches a line that starts, after its indent and list dashes,
// with a key and an ASCII colon with no space after it (`title:客户服务`,
// one text to YAML): groups as fullWidthKey's.
var tightKey = regexp.MustCompile(`^( *(?:- +)*)([A-Za-z][A-Za-z0-9_-]*)(:)([^ \t].*)$`)

// colonSlips reports the keys followed by a full-width colon (typed with a
// Chinese input method on), or by an ASCII one with no space after it,
// that make the document fail to parse, or,
// with v a pointer to a struct, to decode into v; the parser's own error
// names another thing, often on a later line. With ASCII colons in their
// place, the first problem goes away or moves on; one whose ASCII colon
// makes no difference, or a problem before, is no key and is left alone:
// the text `- A：接待` in a list, a line of a block of text.
func (d Doc) colonSlips(v any) diag.List {
	lines := strings.Split(string(d.Text), "\n")
	found := d.findColonSlips(lines)
	original := lines
	lines = slices.Clone(lines)
	for _, c := range found {
		lines[c.index] = c.fixed
	}
	var diags diag.List
	now := firstProblem(lines, v)
	for _, c := range found {
		lines[c.index] = original[c.index]
		if without := firstProblem(lines, v); !now.better(without) {
			now = without
			continue
		}
		lines[c.index] = c.fixed
		diags.Add(c.diag)
	}
	if !now.better(firstProblem(original, v)) {
		return nil
	}
	return diags
}

// problem is where parsing or decoding first fails: its line and message;
// the zero problem is none.
type problem struct {
	line int
	msg  string
}

// better reports whether p is less of a problem than q: none while q is
// one, or a later one, or another on the same line.
func (p problem) better(q problem) bool {
	switch {
	case q.msg == "":
		return false
	case p.msg == "":
		return true
	}
	return p.line > q.line || p.line == q.line && p.msg != q.msg
}

// colonFix is a line with a full-width colon after its key: the line's
// index, its text with an ASCII colon, and the diagnostic.
type colonFix struct {
	index int
	fixed string
	diag  diag.Diagnostic
}

// findColonSlips finds the lines that start, after their indent and
// list dashes, with a key and a full-width colon, or an ASCII one with no
// space after it.
func (d Doc) findColonSlips(lines []string) []colonFix {
	var found []colonFix
	for n, line := range lines {
		line = strings.TrimRight(line, "\r")
		hint, message := "write `%s`: an ASCII colon, typed with the input method off, and a space", "full-width colon after %q: YAML needs an ASCII colon"
		m := fullWidthKey.FindStringSubmatch(line)
		if m == nil {
			hint, message = "write `%s`: a space after the colon", "no space after the colon of %q: YAML reads one text"
			m = tightKey.FindStringSubmatch(line)
		}
		if m == nil {
			continue
		}
		key, value := m[2], strings.TrimSpace(m[4])
		col := len(m[1]) + len(key) + strings.IndexAny(m[3], ":：") + 1
		var l diag.List
		l.Errorf(diag.AtLine(d.Path, d.File, n+d.FirstLine, col), fmt.Sprintf(hint, strings.TrimSpace(key+": "+value)), message, key)
		found = append(found, colonFix{index: n, fixed: m[1] + key + ": " + value, diag: l[0]})
	}
	return found
}

// firstProblem returns the first error in parsing the lines as a mapping
// and, when v is not nil, decoding them into a new value of v's type.
func firstProblem(lines []string, v any) problem {
	f, err := parser.ParseBytes([]byte(strings.Join(lines, "\n")), 0)
	if err == nil && len(f.Docs) > 0 && f.Docs[0].Body != nil {
		if _, ok := f.Docs[0].Body.(*ast.MappingNode); !ok {
			return problem{f.Docs[0].Body.GetToken().Position.Line, "not a mapping"}
		}
		if v != nil {
			err = yaml.NodeToValue(f.Docs[0].Body, reflect.New(reflect.TypeOf(v).Elem()).Interface())
		}
	}
	if yerr := yaml.Error(nil); errors.As(err, &yerr) && yerr.GetToken() != nil {
		return problem{yerr.GetToken().Position.Line, yerr.GetMessage()}
	}
	if err != nil {
		return problem{0, err.Error()}
	}
	return problem{}
}
