package search

import (
	"cmp"
	"unicode/utf8"
)

// A query whose word has synonyms asks, where that word meets the one
// before or after it, for the pairs each synonym makes there too (通过员工:
// 过员, and for 职工 过职; see slots), and for the synonyms themselves.
// So that those pairs cost one request, not one each, a pair of Han
// characters is filed in the shard of its characters' classes
// (shardKey): the characters that begin the words of two characters or
// more of a synonym set are one class, those that end them another, and
// classes that share a character are one (培训, 训练: 培 训 练). 过员 and
// 过职 share a shard, so do 员工 and 职工. search.js files them the same
// way (shardKey there), from meta.js's synonym sets.

// edgeClasses maps each Han character that begins or ends a synonym of
// two characters or more to the smallest character of its class.
func edgeClasses(sets [][]string) map[rune]rune {
	parent := map[rune]rune{}
	var find func(rune) rune
	find = func(r rune) rune {
		p, ok := parent[r]
		if !ok || p == r {
			return r
		}
		root := find(p)
		parent[r] = root
		return root
	}
	union := func(a, b rune) {
		ra, rb := find(a), find(b)
		parent[ra], parent[rb] = min(ra, rb), min(ra, rb)
	}
	for _, set := range sets {
		var first, last rune // of the set's first such word
		for _, w := range set {
			f, _ := utf8.DecodeRuneInString(w)
			l, _ := utf8.DecodeLastRuneInString(w)
			if utf8.RuneCountInString(w) < 2 || !isHan(f) || !isHan(l) {
				continue
			}
			first, last = cmp.Or(first, f), cmp.Or(last, l)
			union(first, f)
			union(last, l)
		}
	}
	out := make(map[rune]rune, len(parent))
	for r := range parent {
		out[r] = find(r)
	}
	return out
}

// shardKey is what a term is filed under (see Shard): the term, but a
// pair of Han characters as its characters' classes (edgeClasses).
func (lx *Lexicon) shardKey(term string) string {
	if len(lx.edges) == 0 || len(term) > 8 {
		return term
	}
	a, n := utf8.DecodeRuneInString(term)
	b, m := utf8.DecodeRuneInString(term[n:])
	if n+m != len(term) || !isHan(a) || !isHan(b) {
		return term
	}
	ca, okA := lx.edges[a]
	cb, okB := lx.edges[b]
	if !okA && !okB {
		return term
	}
	return string(cmp.Or(ca, a)) + string(cmp.Or(cb, b))
}
