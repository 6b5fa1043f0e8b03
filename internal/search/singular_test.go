package search

import (
	"slices"
	"testing"
)

// TestSingular checks which words lose the s of a plural, in page and
// query terms alike.
func TestSingular(t *testing.T) {
	got := Analyze("Manuals refunds bus class status gas ones 1990s cafés ΛΟΓΟΣ 手册s")
	want := []string{"manual", "refund", "bus", "class", "status", "gas", "one", "1990s", "café", "λογοσ", "手册", "s"}
	if !slices.Equal(got, want) {
		t.Errorf("Analyze = %q\nwant %q", got, want)
	}
	if got, want := Phrase("Check the manuals"), "=check the manual"; got != want {
		t.Errorf("Phrase = %q, want %q", got, want)
	}
}
