package yamldoc

import (
	"fmt"
	"regexp"
	"strings"

	"skillbook/internal/diag"
)

// ideographicSpace is the space a Chinese input method types (U+3000):
// YAML takes it for text, not for indentation.
const ideographicSpace = "\u3000"

// indentSlip is a diagnostic for an error that an indentation slip makes
// (p: where the parser stopped): a full-width space in the line's indent,
// or, for "mapping value is not allowed", a key on the next line indented
// deeper than the key of this one, which YAML reads as more of its text.
// ok is false when neither is there.
func (d Doc) indentSlip(p diag.Pos, msg, what string) (diag.Diagnostic, bool) {
	if indent := p.Source[:len(p.Source)-len(strings.TrimLeft(p.Source, " \t"+ideographicSpace))]; strings.Contains(indent, ideographicSpace) {
		return diag.Diagnostic{File: p.File, Line: p.Line, Col: 1 + strings.Index(indent, ideographicSpace), Severity: diag.Error, Source: p.Source,
			Message: fmt.Sprintf("invalid %s: a full-width space (　) in the indent, typed with the input method on", what),
			Hint:    "YAML indents with ASCII spaces: replace the full-width space with two spaces"}, true
	}
	if msg != "mapping value is not allowed in this context" {
		return diag.Diagnostic{}, false
	}
	next := diag.LineText(d.File, p.Line+1)
	key, under := keyStart.FindStringSubmatchIndex(p.Source), keyStart.FindStringSubmatchIndex(next)
	if key == nil || under == nil || under[2] <= key[2] {
		return diag.Diagnostic{}, false
	}
	name, nextName := p.Source[key[2]:key[3]], next[under[2]:under[3]]
	return diag.Diagnostic{File: p.File, Line: p.Line + 1, Col: under[2] + 1, Severity: diag.Error, Source: next,
		Message: fmt.Sprintf("invalid %s: %q is indented more than %q above it, so YAML reads it as more of that text", what, nextName, name),
		Hint:    fmt.Sprintf("indent `%s:` as far as `%s:` (%d spaces)", nextName, name, key[2])}, true
}

// keyStart matches a line that starts with a key, after its indent and a
// list dash: group 1 is the key.
var keyStart = regexp.MustCompile(`^ *(?:- +)?([A-Za-z_][A-Za-z0-9_-]*) *:(?: |$)`)
