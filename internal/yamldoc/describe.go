package yamldoc

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"skillbook/internal/diag"
)

// duplicateKey matches go-yaml's message for a key given twice; its line
// counts from the YAML's start.
var duplicateKey = regexp.MustCompile(`^mapping key "(.*)" already defined at \[(\d+):(\d+)\]$`)

// syntaxHint is the hint of a syntax error that has no better one.
const syntaxHint = "check the YAML syntax: `key: value`, lists as `- item` or `[a, b]`"

// fromError turns a go-yaml error into a diagnostic. root is the tree being
// decoded into v, which name the key and the type of a value of the wrong
// type; root is nil for a syntax error, and v nil when unknown (a key
// given twice takes a list or not as v's field says).
func (d Doc) fromError(err error, what string, root ast.Node, v any) diag.Diagnostic {
	var yerr yaml.Error
	if !errors.As(err, &yerr) || yerr.GetToken() == nil {
		return diag.Diagnostic{File: d.Path, Line: d.FirstLine, Severity: diag.Error, Message: fmt.Sprintf("invalid %s: %v", what, err)}
	}
	p := d.pos(yerr.GetToken())
	if slip, ok := d.indentSlip(p, yerr.GetMessage(), what); ok {
		return slip
	}
	var t reflect.Type
	if v != nil {
		t = reflect.TypeOf(v)
	}
	key, want, _ := valueAt(root, t, "", yerr.GetToken())
	msg, hint := describe(yerr, key, want, p.Source)
	if m := duplicateKey.FindStringSubmatch(yerr.GetMessage()); m != nil {
		line, _ := strconv.Atoi(m[2])
		msg, hint = fmt.Sprintf("%q is given twice: first on line %d", m[1], line+d.FirstLine-1), "give each key once: keep the right line and delete the other"
		if takesList(t, m[1]) {
			hint = fmt.Sprintf("give each key once; several values go in one list: `%s: [a, b]`", m[1])
		}
	}
	if strings.Contains(p.Source, "\t") && !errors.As(err, new(*yaml.TypeError)) {
		hint = "YAML indents with spaces, never tabs: replace the tab in this line with spaces"
	}
	return diag.Diagnostic{File: p.File, Line: p.Line, Col: p.Col, Severity: diag.Error,
		Message: fmt.Sprintf("invalid %s: %s", what, msg), Hint: hint, Source: p.Source}
}

// takesList reports whether key is a key of struct type t (or of what t
// points to) that takes a list (tags, aliases), not one value (title).
func takesList(t reflect.Type, key string) bool {
	if t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return false
	}
	f, ok := keyFields(t)[key]
	return ok && f.Type.Kind() == reflect.Slice
}

// describe turns a go-yaml error into words a trainer understands. key is
// the key whose value the error is at ("" when unknown), want the Go type
// of that value (nil when unknown), line the text of the line it is on.
func describe(err yaml.Error, key string, want reflect.Type, line string) (msg, hint string) {
	var te *yaml.TypeError
	var ne *yaml.UnexpectedNodeTypeError
	switch {
	case errors.As(err, &te):
		return fmt.Sprintf("expected %s%s, found %s", typeWord(te.DstType), forKey(key), typeWord(te.SrcType)), typeHint(te.DstType, key)
	case errors.As(err, &ne) && ne.Expected == ast.SequenceType && ne.Actual == ast.StringType:
		hint := syntaxHint
		if key != "" && want != nil && want.Kind() == reflect.Slice && want.Elem().Kind() == reflect.String {
			hint = listHint(key, ne.Token.Value)
		}
		return "expected a list" + forKey(key) + ", found text", hint
	case strings.HasPrefix(err.GetMessage(), "could not find end character of "):
		quote := map[bool]string{true: `"`, false: "'"}[strings.Contains(err.GetMessage(), "double-quoted")]
		return "this value opens a " + quote + " quote that does not close",
			"end the text with " + quote + " on the same line: `" + strings.TrimSpace(line) + quote + "`"
	case err.GetMessage() == "mapping value is not allowed in this context":
		if k, v, ok := colonInValue(line); ok {
			return fmt.Sprintf("the value of %q holds a colon and a space, which YAML reads as another key", k),
				fmt.Sprintf("put the text in quotes: `%s: %s`", k, strconv.Quote(v))
		}
	}
	return err.GetMessage(), syntaxHint
}

func forKey(key string) string {
	if key == "" {
		return ""
	}
	return fmt.Sprintf(" for %q", key)
}

// typeHint says how to write a value of type t.
func typeHint(t reflect.Type, key string) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return "check the value's type; quote text that looks like a number"
	}
	switch t.Kind() {
	case reflect.Bool:
		return example("write true or false", key, "true")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return example("write a whole number in digits", key, "1")
	case reflect.Float32, reflect.Float64:
		return example("write a number in digits (a share as a fraction: 0.8 is 80 %)", key, "0.8")
	}
	return "check the value's type; quote text that looks like a number"
}

// example is a hint, with key: value as an example when the key is known.
func example(hint, key, value string) string {
	if key == "" {
		return hint
	}
	return fmt.Sprintf("%s, e.g. `%s: %s`", hint, key, value)
}

// listHint shows text written where a list belongs as a list, its items
// split at full-width commas.
func listHint(key, text string) string {
	items := strings.Join(SplitFullWidth([]string{text}), ", ")
	if strings.Contains(text, FullWidthComma) {
		return fmt.Sprintf("write a list in brackets, its items separated by ASCII commas: `%s: [%s]`", key, items)
	}
	return fmt.Sprintf("write a list in brackets: `%s: [%s]`", key, items)
}

// colonInValue splits a `key: value` line whose value holds ": " itself.
func colonInValue(line string) (key, value string, ok bool) {
	key, value, ok = strings.Cut(strings.TrimLeft(strings.TrimSpace(line), "- "), ": ")
	value = strings.TrimSpace(value)
	if !ok || !strings.Contains(value, ": ") || strings.ContainsAny(key, `"'{[`) {
		return "", "", false
	}
	return key, value, true
}

// valueAt finds the value that starts at tk in n, whose Go type is t (nil
// when unknown), and returns the key it is under and the Go type it decodes
// into; "" and nil when there is none.
func valueAt(n ast.Node, t reflect.Type, key string, tk *token.Token) (string, reflect.Type, bool) {
	if n == nil {
		return "", nil, false
	}
	if samePlace(n.GetToken(), tk) {
		return key, t, true
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch n := n.(type) {
	case *ast.MappingNode:
		for _, kv := range n.Values {
			if k, vt, ok := valueAt(kv, t, key, tk); ok {
				return k, vt, true
			}
		}
	case *ast.MappingValueNode:
		k := keyName(n.Key)
		return valueAt(n.Value, fieldType(t, k), k, tk)
	case *ast.SequenceNode:
		for _, item := range n.Values {
			if k, vt, ok := valueAt(item, elemType(t), key, tk); ok {
				return k, vt, true
			}
		}
	}
	return "", nil, false
}

// fieldType is the type of key in struct or map type t; nil when unknown.
func fieldType(t reflect.Type, key string) reflect.Type {
	switch {
	case t == nil:
		return nil
	case t.Kind() == reflect.Struct:
		return keyFields(t)[key].Type
	case t.Kind() == reflect.Map:
		return t.Elem()
	}
	return nil
}

// elemType is the type of an item of slice type t; nil when unknown.
func elemType(t reflect.Type) reflect.Type {
	if t != nil && t.Kind() == reflect.Slice {
		return t.Elem()
	}
	return nil
}

func samePlace(a, b *token.Token) bool {
	return a != nil && b != nil && a.Position.Line == b.Position.Line && a.Position.Column == b.Position.Column
}

func typeWord(t reflect.Type) string {
	if t == nil {
		return "nothing"
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Int, reflect.Int64, reflect.Uint64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "a mapping"
	}
	return t.String()
}
