package search

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestStableRunes: every rune nfkc passes over unchanged is NFKC at a
// glance alone and between ASCII letters or Han characters (quick check
// Yes), with combining class 0, so that a text of them is NFKC as it is.
func TestStableRunes(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0x80 && !isStableRune(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r), string(r) + "a", "服" + string(r) + "务"} {
			if norm.NFKC.QuickSpanString(s) != len(s) {
				t.Errorf("%U: %q is not NFKC at a glance", r, s)
			}
		}
		if p := norm.NFKC.PropertiesString(string(r)); p.CCC() != 0 || r >= 0x80 && !(p.BoundaryBefore() && p.BoundaryAfter()) {
			t.Errorf("%U: combining class %d, or normalization crosses it (nfkc splits the text there)", r, p.CCC())
		}
	}
	for _, s := range []string{"ＡＢＣ１２３", "服务，客户", "…", "㈱", "e\u0301", "服务。ｖｉｐ"} {
		if got, want := nfkc(s), norm.NFKC.String(s); got != want {
			t.Errorf("nfkc(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNFKCMixed compares nfkc with the norm package on random strings of
// stable runes, ASCII, full-width forms, combining marks and
// compatibility characters, as they come in real text and worse.
func TestNFKCMixed(t *testing.T) {
	pieces := []string{"服", "务", "。", "“", "a", "e", " ", "，", "（", "Ａ", "１", "\u0301", "\u0308", "\u0338", "<", "㈱", "…", "ｶ", "\u3099", "ﬁ", "\u1100", "\u1161", "가"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if s := b.String(); nfkc(s) != norm.NFKC.String(s) {
			t.Fatalf("nfkc(%q) = %q, want %q", s, nfkc(s), norm.NFKC.String(s))
		}
	}
}

// TestIsHan agrees with unicode.Is(unicode.Han, r) on every rune.
func TestIsHan(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}
