// Package yamldoc decodes YAML mappings strictly: every unknown key and every
// type mismatch becomes a diagnostic with the line and column in the file.
package yamldoc

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"skillbook/internal/diag"
)

// Doc is a YAML mapping inside a file: Text starts at line FirstLine of the
// file whose whole content is File.
type Doc struct {
	Path      string
	File      []byte
	Text      []byte
	FirstLine int
}

// Decode decodes the mapping into v, a pointer to a struct whose yaml tags
// name the known keys. It reports unknown keys (with a did-you-mean hint),
// syntax errors and values of the wrong type.
func (d Doc) Decode(v any, what string) diag.List {
	var diags diag.List
	f, err := parser.ParseBytes(d.Text, 0)
	if err != nil {
		diags.Add(d.fromError(err, what, v))
		return diags
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return nil
	}
	m, ok := f.Docs[0].Body.(*ast.MappingNode)
	if !ok {
		tk := f.Docs[0].Body.GetToken()
		diags.Errorf(d.pos(tk), fmt.Sprintf("write %s as `key: value` lines", what), "%s must be a mapping of keys to values", what)
		return diags
	}
	d.checkKeys(m, reflect.TypeOf(v).Elem(), what, &diags)
	if err := yaml.NodeToValue(m, v); err != nil {
		diags.Add(d.fromError(err, what, v))
	}
	return diags
}

// checkKeys reports the keys of m that struct type t has no field for, and
// checks nested mappings against nested struct fields.
func (d Doc) checkKeys(m *ast.MappingNode, t reflect.Type, what string, diags *diag.List) {
	fields := keyFields(t)
	known := make([]string, 0, len(fields))
	for k := range fields {
		known = append(known, k)
	}
	slices.Sort(known)
	for _, kv := range m.Values {
		key := kv.Key.String()
		f, ok := fields[key]
		if !ok {
			diags.Errorf(d.pos(kv.Key.GetToken()), diag.DidYouMean(key, known), "unknown key %q in %s", key, what)
			continue
		}
		if sub, isMap := kv.Value.(*ast.MappingNode); isMap && f.Type.Kind() == reflect.Struct {
			d.checkKeys(sub, f.Type, what, diags)
		}
	}
}

// keyFields maps the yaml keys of struct type t to their fields.
func keyFields(t reflect.Type) map[string]reflect.StructField {
	fields := map[string]reflect.StructField{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			fields[name] = t.Field(i)
		}
	}
	return fields
}

func (d Doc) pos(tk *token.Token) diag.Pos {
	fileLine := tk.Position.Line + d.FirstLine - 1
	return diag.AtLine(d.Path, d.File, fileLine, tk.Position.Column)
}

func (d Doc) fromError(err error, what string, v any) diag.Diagnostic {
	var yerr yaml.Error
	if !errors.As(err, &yerr) || yerr.GetToken() == nil {
		return diag.Diagnostic{File: d.Path, Line: d.FirstLine, Severity: diag.Error, Message: fmt.Sprintf("invalid %s: %v", what, err)}
	}
	p := d.pos(yerr.GetToken())
	msg, hint := describe(yerr, v)
	return diag.Diagnostic{File: p.File, Line: p.Line, Col: p.Col, Severity: diag.Error,
		Message: fmt.Sprintf("invalid %s: %s", what, msg), Hint: hint, Source: p.Source}
}

// describe turns a go-yaml error into words a trainer understands.
func describe(err yaml.Error, v any) (msg, hint string) {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		field := ""
		if te.StructFieldName != nil {
			field = fmt.Sprintf(" for %q", fieldKey(v, *te.StructFieldName))
		}
		return fmt.Sprintf("expected %s%s, found %s", typeWord(te.DstType), field, typeWord(te.SrcType)),
			"check the value's type; quote text that looks like a number"
	}
	return err.GetMessage(), "check the YAML syntax: `key: value`, lists as `- item` or `[a, b]`"
}

// fieldKey returns the yaml key of the struct field named like go-yaml names
// it ("Type.Field"), or the name itself when it is not found.
func fieldKey(v any, structField string) string {
	_, name, _ := strings.Cut(structField, ".")
	if f, ok := reflect.TypeOf(v).Elem().FieldByName(name); ok {
		key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		return key
	}
	return structField
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
