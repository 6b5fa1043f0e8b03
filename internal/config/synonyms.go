package config

import (
	"unicode"

	"skillbook/internal/diag"
	"skillbook/internal/yamldoc"
)

// synonymHint shows how `search.synonyms:` is written.
const synonymHint = "write each set as a list of two words or more that a trainee may use for one another, e.g. `- [客服, 客户服务]`"

// checkSynonyms reports synonym sets of fewer than two words, and words
// that are not one word (spaces and punctuation split a query into
// several).
func checkSynonyms(tree *yamldoc.Tree, sets [][]string) diag.List {
	var diags diag.List
	for i, set := range sets {
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
