package search

import (
	"encoding/json"
	"testing"
)

// TestAppendStringIsJSON: appendString writes every string as json.Marshal
// does, those it copies as they are and those it leaves to json.Marshal.
func TestAppendStringIsJSON(t *testing.T) {
	for _, s := range []string{"", "客户服务", "ISO9001 投诉", "7x24", "“引号”与『括号』", "a\"b", `a\b`, "<b>&</b>",
		"行\n行", "\t", "\b\f\x00\x1f", "\u2028\u2029", "\u2027\u202a", "\xe2\x80", "\xff客", "😀", "e\u0301"} {
		want, _ := json.Marshal(s)
		if got := string(appendString([]byte("x"), s)); got != "x"+string(want) {
			t.Errorf("appendString(%q) = %s, want x%s", s, got, want)
		}
	}
}

// FuzzAppendString compares appendString with json.Marshal on any text.
func FuzzAppendString(f *testing.F) {
	f.Add("客户\u2028服务<")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendString(nil, s); string(got) != string(want) {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}
