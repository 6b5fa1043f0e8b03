package yamldoc

import (
	"slices"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// ChineseBooleans are the words a Chinese trainer writes for true and false
// (对/错, 是/否, 正确/错误), which YAML reads as text.
var ChineseBooleans = map[string]bool{"对": true, "是": true, "正确": true, "错": false, "否": false, "错误": false}

// Booleans reads, as the booleans they stand for, the values of the keys
// named that are one of words (ChineseBooleans): `answer: 错` then decodes
// as `answer: false`.
func (t *Tree) Booleans(words map[string]bool, keys ...string) {
	ast.Walk(booleanVisitor{words, keys}, t.root)
}

type booleanVisitor struct {
	words map[string]bool
	keys  []string
}

// Visit replaces a word of v.words under one of v.keys by a boolean.
func (v booleanVisitor) Visit(n ast.Node) ast.Visitor {
	kv, ok := n.(*ast.MappingValueNode)
	if !ok || !slices.Contains(v.keys, keyName(kv.Key)) {
		return v
	}
	s, ok := kv.Value.(*ast.StringNode)
	if !ok {
		return v
	}
	b, ok := v.words[strings.TrimSpace(s.Value)]
	if !ok {
		return v
	}
	tk := *s.Token
	tk.Value = "false"
	if b {
		tk.Value = "true"
	}
	kv.Value = ast.Bool(&tk)
	return v
}
