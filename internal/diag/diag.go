// Package diag holds diagnostics: problems found in a site's files, with
// their position, a message and a hint, printed the way compilers print them.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severity says whether a diagnostic stops the build.
type Severity string

// The severities a diagnostic can have.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Diagnostic is one problem in one file. Line and Col count from 1 at the top
// of the file; 0 means unknown. Source is the text of that line, when known.
type Diagnostic struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Col      int      `json:"col"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Hint     string   `json:"hint,omitempty"`
	Source   string   `json:"source,omitempty"`
}

// List collects the diagnostics of a run, so that all of them are reported together.
type List []Diagnostic

// Add appends a diagnostic.
func (l *List) Add(d Diagnostic) { *l = append(*l, d) }

// Errorf appends an error at pos with a formatted message.
func (l *List) Errorf(pos Pos, hint, format string, args ...any) {
	l.Add(Diagnostic{File: pos.File, Line: pos.Line, Col: pos.Col, Severity: Error,
		Message: fmt.Sprintf(format, args...), Hint: hint, Source: pos.Source})
}

// Warnf appends a warning at pos with a formatted message.
func (l *List) Warnf(pos Pos, hint, format string, args ...any) {
	l.Add(Diagnostic{File: pos.File, Line: pos.Line, Col: pos.Col, Severity: Warning,
		Message: fmt.Sprintf(format, args...), Hint: hint, Source: pos.Source})
}

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	return slices.ContainsFunc(l, func(d Diagnostic) bool { return d.Severity == Error })
}

// Count returns how many diagnostics have severity s.
func (l List) Count(s Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Sort orders diagnostics by file, line and column.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}

// String formats every diagnostic, each followed by its source line and
// hint. A hint is printed once: after the first diagnostic that has it, not
// again after the later ones with the same hint text.
func (l List) String() string {
	var b strings.Builder
	printed := map[string]bool{}
	for _, d := range l {
		if printed[d.Hint] {
			d.Hint = ""
		} else if d.Hint != "" {
			printed[d.Hint] = true
		}
		b.WriteString(d.String())
	}
	return b.String()
}

// String formats one diagnostic as
//
//	path:line:col: error: message
//	   12 | the source line
//	      |     ^
//	  hint: what to do
func (d Diagnostic) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s: %s\n", d.location(), d.Severity, d.Message)
	if d.Source != "" && d.Line > 0 {
		gutter := fmt.Sprintf("%5d | ", d.Line)
		fmt.Fprintf(&b, "%s%s\n", gutter, d.Source)
		if d.Col > 0 {
			pad := strings.Repeat(" ", len(gutter)-2) + "| " + caretIndent(d.Source, d.Col)
			fmt.Fprintf(&b, "%s^\n", pad)
		}
	}
	if d.Hint != "" {
		fmt.Fprintf(&b, "  hint: %s\n", d.Hint)
	}
	return b.String()
}

func (d Diagnostic) location() string {
	switch {
	case d.Line > 0 && d.Col > 0:
		return fmt.Sprintf("%s:%d:%d", d.File, d.Line, d.Col)
	case d.Line > 0:
		return fmt.Sprintf("%s:%d", d.File, d.Line)
	}
	return d.File
}

// caretIndent returns the blanks that put a caret under column col (counted in
// runes) of line; wide CJK characters take two cells, tabs are kept.
func caretIndent(line string, col int) string {
	var b strings.Builder
	i := 1
	for _, r := range line {
		if i >= col {
			break
		}
		switch {
		case r == '\t':
			b.WriteByte('\t')
		case isWide(r):
			b.WriteString("  ")
		default:
			b.WriteByte(' ')
		}
		i++
	}
	return b.String()
}

func isWide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || (r >= 0x2e80 && r <= 0xa4cf) ||
		(r >= 0xac00 && r <= 0xd7a3) || (r >= 0xf900 && r <= 0xfaff) ||
		(r >= 0xfe30 && r <= 0xfe4f) || (r >= 0xff00 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6))
}
