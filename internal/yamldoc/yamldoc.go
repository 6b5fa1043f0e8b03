// Package yamldoc decodes YAML mappings strictly: every unknown key and every
// type mismatch becomes a diagnostic with the line and column in the file.
package yamldoc

import (
	"errors"
	"fmt"
	"maps"
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

// Tree is a parsed YAML mapping, kept after decoding so that checks of the
// decoded values can point at the lines they came from.
type Tree struct {
	doc  Doc
	root *ast.MappingNode
}

// Parse parses the document; the tree is nil after a syntax error, and for
// a document that is empty or not a mapping. A key followed by a full-width
// colon, the likely cause of either, is reported in place of the parser's
// error: every such key, also one that only decoding into v (a pointer to
// the struct the document is for) would find wrong once the others are
// mended (`- text： 道歉`, a text where an option is wanted).
func (d Doc) Parse(what string, v any) (*Tree, diag.List) {
	var diags diag.List
	f, err := parser.ParseBytes(d.Text, 0)
	if err != nil {
		if fw := d.colonSlips(v); fw != nil {
			return nil, fw
		}
		diags.Add(d.fromError(err, what, nil, v))
		return nil, diags
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return nil, nil
	}
	m, ok := f.Docs[0].Body.(*ast.MappingNode)
	if !ok {
		if fw := d.colonSlips(v); fw != nil {
			return nil, fw
		}
		tk := f.Docs[0].Body.GetToken()
		diags.Errorf(d.pos(tk), fmt.Sprintf("write %s as `key: value` lines", what), "%s must be a mapping of keys to values", what)
		return nil, diags
	}
	return &Tree{doc: d, root: m}, nil
}

// Decode decodes the tree into v, a pointer to a struct whose yaml tags name
// the known keys. It reports unknown keys (with a did-you-mean hint) and
// values of the wrong type.
func (t *Tree) Decode(v any, what string) diag.List {
	return append(t.UnknownKeys(v, what), t.DecodeValues(v, what)...)
}

// UnknownKeys reports the keys that v, a pointer to a struct, has no field
// for, at any depth.
func (t *Tree) UnknownKeys(v any, what string) diag.List {
	var diags diag.List
	t.doc.checkKeys(t.root, reflect.TypeOf(v).Elem(), what, &diags)
	return diags
}

// maxValueErrors is how many values of the wrong type a decoding reports.
const maxValueErrors = 20

// DecodeValues decodes the tree into v, ignoring unknown keys, and reports
// every value of the wrong type (the decoder stops at the first: each one
// reported is set aside, made empty in the tree, and the decoding begins
// again), or the keys followed by a full-width colon that made them wrong.
// After an error, v holds what was decoded, not the document.
func (t *Tree) DecodeValues(v any, what string) (diags diag.List) {
	if tag := localTag(t.root); tag != nil {
		diags.Errorf(t.doc.pos(tag.Start), "remove the tag: Skillbook's files need none", "unknown YAML tag %s", tag.Start.Value)
		return diags // the decoder can panic on one
	}
	defer func() {
		if r := recover(); r != nil { // a bug of the decoder: one diagnostic, not a crash
			diags.Errorf(t.doc.pos(t.root.GetToken()), "simplify the YAML of this "+what, "%s cannot be decoded: %v", what, r)
		}
	}()
	for range maxValueErrors {
		err := yaml.NodeToValue(t.root, v)
		if err == nil {
			break
		}
		if len(diags) == 0 {
			if fw := t.doc.colonSlips(v); fw != nil {
				return fw
			}
		}
		d := t.doc.fromError(err, what, t.root, v)
		if len(diags) > 0 && diags[len(diags)-1].String() == d.String() {
			break // set aside, the value is still wrong: said once
		}
		diags.Add(d)
		if !setAside(t.root, err) {
			break
		}
	}
	return diags
}

// setAside makes the value that err is about empty (null) in the tree
// under n, so that decoding again goes on past it; false when err names no
// value there.
func setAside(n ast.Node, err error) bool {
	var yerr yaml.Error
	if !errors.As(err, &yerr) || yerr.GetToken() == nil {
		return false
	}
	tk := yerr.GetToken()
	found := false
	ast.Walk(visitFunc(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.MappingValueNode:
			if !found && samePlace(n.Value.GetToken(), tk) {
				n.Value, found = ast.Null(n.Value.GetToken()), true
			}
		case *ast.SequenceNode:
			for i, item := range n.Values {
				if !found && samePlace(item.GetToken(), tk) {
					n.Values[i], found = ast.Null(item.GetToken()), true
				}
			}
		}
		return !found
	}), n)
	return found
}

// localTag returns the first tag in n that is not one of YAML's own (!!str,
// !!int…), such as `!x`.
func localTag(n ast.Node) *ast.TagNode {
	var found *ast.TagNode
	ast.Walk(visitFunc(func(n ast.Node) bool {
		if tag, ok := n.(*ast.TagNode); ok && found == nil && !strings.HasPrefix(tag.Start.Value, "!!") {
			found = tag
		}
		return found == nil
	}), n)
	return found
}

// visitFunc is an ast.Visitor that goes on while the function says so.
type visitFunc func(ast.Node) bool

func (f visitFunc) Visit(n ast.Node) ast.Visitor {
	if n == nil || !f(n) {
		return nil
	}
	return f
}

// At returns the position of the value at path — keys (strings) and list
// indexes (ints) from the top — or of the deepest part of it that exists.
func (t *Tree) At(path ...any) diag.Pos {
	var n ast.Node = t.root
	tk := t.root.GetToken()
	for _, step := range path {
		next := child(n, step)
		if next == nil {
			break
		}
		n, tk = next, next.GetToken()
	}
	return t.doc.pos(tk)
}

// Has reports whether the tree has a value at path (see At).
func (t *Tree) Has(path ...any) bool { return t.node(path...) != nil }

// node is the value at path (see At), or nil when there is none.
func (t *Tree) node(path ...any) ast.Node {
	var n ast.Node = t.root
	for _, step := range path {
		if n = child(n, step); n == nil {
			return nil
		}
	}
	return n
}

// Misnamed returns the keys of v (a struct) that the mapping at path names
// otherwise: an unknown key that stands for one (题目 for prompt; see
// diag.Closest). The unknown key's error says so, so that the key is
// missing needs no error of its own.
func (t *Tree) Misnamed(v any, path ...any) map[string]bool {
	m, ok := t.node(path...).(*ast.MappingNode)
	if !ok {
		return nil
	}
	fields := keyFields(reflect.TypeOf(v))
	known := slices.Sorted(maps.Keys(fields))
	out := map[string]bool{}
	for _, kv := range m.Values {
		if key := keyName(kv.Key); fields[key].Name == "" {
			if meant := diag.Closest(key, known); meant != "" {
				out[meant] = true
			}
		}
	}
	return out
}

// child returns the value under key (a string) of a mapping, or the item at
// index (an int) of a list; nil when there is none.
func child(n ast.Node, step any) ast.Node {
	switch n := n.(type) {
	case *ast.MappingNode:
		for _, kv := range n.Values {
			if key, ok := step.(string); ok && keyName(kv.Key) == key {
				return kv.Value
			}
		}
	case *ast.SequenceNode:
		if i, ok := step.(int); ok && i >= 0 && i < len(n.Values) {
			return n.Values[i]
		}
	}
	return nil
}

// checkKeys reports the keys of m that struct type t has no field for, and
// checks nested mappings, and lists of mappings, against the nested structs.
func (d Doc) checkKeys(m *ast.MappingNode, t reflect.Type, what string, diags *diag.List) {
	fields := keyFields(t)
	known := slices.Sorted(maps.Keys(fields))
	for _, kv := range m.Values {
		key := keyName(kv.Key)
		f, ok := fields[key]
		if !ok {
			diags.Errorf(d.pos(kv.Key.GetToken()), diag.DidYouMean(key, known), "unknown key %q in %s", key, what)
			continue
		}
		d.checkValue(kv.Value, f.Type, what, diags)
	}
}

// checkValue checks a mapping against struct type t, or each mapping of a
// list against t's element type.
func (d Doc) checkValue(n ast.Node, t reflect.Type, what string, diags *diag.List) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch n := n.(type) {
	case *ast.MappingNode:
		if t.Kind() == reflect.Struct {
			d.checkKeys(n, t, what, diags)
		}
	case *ast.SequenceNode:
		if t.Kind() == reflect.Slice {
			for _, item := range n.Values {
				d.checkValue(item, t.Elem(), what, diags)
			}
		}
	}
}

// keyName is a mapping key as text, without the quotes it may be written in.
func keyName(k ast.MapKeyNode) string {
	if s, ok := k.(*ast.StringNode); ok {
		return s.Value
	}
	return k.String()
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
