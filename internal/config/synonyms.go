package config

import (
	"slices"
	"strings"
	"unicode"

	"skillbook/internal/diag"
	"skillbook/internal/yamldoc"
)

// synonymHint shows how `search.synonyms:` is written.
const synonymHint = "write each set as a list of two words or more that a trainee may use for one another, e.g. `- [客服, 客户服务]`"

// checkSynonyms reports synonym sets of fewer than two words, words
// that are not one word (spaces and punctuation split a query into
// several), and, before either, words joined by a full-width comma.
func checkSynonyms(tree *yamldoc.Tree, sets [][]string) diag.List {
	var diags diag.List
	for i, set := range sets {
		if j := slices.IndexFunc(set, func(w string) bool { return strings.Contains(w, yamldoc.FullWidthComma) }); j >= 0 {
			diags.Errorf(tree.At("search", "synonyms", i, j), "write `- ["+strings.Join(yamldoc.SplitFullWidth(set), ", ")+"]`",
				"synonym %q holds a full-width comma: the words of a set are separated by ASCII commas", set[j])
			continue
		}
		if len(set) < 2 {
			diags.Errorf(tree.At("search", "synonyms", i), synonymHint, "a synonym set needs two words or more, this one has %d", len(set))
			continue
		}
		for j, w := range set {
			if !isOneWord(w) {
				diags.Errorf(tree.At("search", "synonyms", i, j), synonymHint, "synonym %q is not one word: use letters, digits and Chinese characters only", w)
			}
		}
	}
	return diags
}

// isOneWord reports a word of letters, digits and marks (Chinese
// characters are letters), nothing else.
func isOneWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.M, r) {
			return false
		}
	}
	return true
}
