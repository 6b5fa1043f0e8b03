package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// headingIDs makes heading ids that keep the heading's own text, Chinese
// included: "技能描述" stays "技能描述"; spaces become dashes and
// punctuation is dropped. Repeated ids get -1, -2, ….
type headingIDs struct{ used map[string]bool }

func newHeadingIDs() *headingIDs { return &headingIDs{used: map[string]bool{}} }

// Generate returns a unique id for a heading's text.
func (h *headingIDs) Generate(value []byte, _ ast.NodeKind) []byte {
	base := idFromText(string(value))
	if base == "" {
		base = "heading"
	}
	id := base
	for i := 1; h.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	h.used[id] = true
	return []byte(id)
}

// Put records an id set by hand so that generated ones avoid it.
func (h *headingIDs) Put(value []byte) { h.used[string(value)] = true }

func idFromText(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_':
			b.WriteRune(r)
			dash = false
		case (unicode.IsSpace(r) || r == '-') && !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
