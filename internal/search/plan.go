package search

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"golang.org/x/text/unicode/norm"
)

// level is a set of groups of terms a page must all match (a term of
// each).
type level struct {
	groups [][]string
}

// queryPlan is what a query asks for: the levels of groups whose pages
// are ranked (the first ones always, the rest while too few pages are
// found), the slots that measure how well a page matches, and the words
// that its snippets mark.
type queryPlan struct {
	levels []level
	always int  // how many of the levels are always asked
	whole  bool // the first level is the query's every term: its pages come first
	slots  [][]string
	marks  []string
}

// plan turns a query into the levels of groups it asks for, the first
// first, the slots pages are ranked by (see slots) and the words that
// its snippets mark.
//
// A query that some page holds every term of (its character pairs, Latin
// words, lone characters) asks for just that first: substrings match.
// When limit pages or more do, that is all it asks for (the pages of other
// levels could not rank among them), and its slots are its own words, not
// their synonyms: the client then fetches nothing for the words.
// Then the query is cut into words (segmentQuery) and asks for each word
// (see unit): optional words (怎么, 的, …) are left out unless nothing
// else matches (and then only when no page holds the query), a word
// stands for its synonyms too, and words that match nothing go. It asks
// for the pages with every word, and, when no page holds the query whole,
// for those with all of them but the first, and but the last (a trainee
// adds a word before or after what the page says: 关于…, …的方法). Then, while fewer pages are
// found than asked for: those (when some page holds the query); while no
// page has every word left, the commonest goes (relax); the pages with
// every word left, and with the first of them (Meilisearch's "last"
// matching strategy). When every word is a lone character (the query's
// words are none of the site's: 量子计算机), each of those levels also asks
// for one of the query's character pairs (pairGroup). All the pages found
// are ranked together (see Search). The site's JavaScript plans a query
// the same way.
func (ix *Index) plan(q string, limit int) queryPlan {
	q = truncate(q)
	terms := Analyze(q)
	var p queryPlan
	forms := latinForms(q)
	var strict [][]string
	for _, t := range terms {
		if f := forms[t]; f != nil {
			strict = append(strict, f.groups(ix.expand(t))...)
		} else {
			strict = append(strict, ix.expand(t))
		}
	}
	if n := ix.holders(strict, max(limit, 1)); n > 0 {
		p.levels = append(p.levels, level{strict})
		p.marks, p.whole = terms, true
		if n >= limit {
			p.always, p.slots = 1, ix.slots(q, false)
			return p
		}
	}
	// Optional words alone only when no page holds the query: those that do
	// say more of it.
	all, sizes := ix.matchingUnits(ix.units(q), len(p.levels) == 0)
	for _, u := range all {
		p.marks = append(p.marks, u.marks...)
	}
	pairs := ix.pairGroup(terms, all)
	kept := ix.relax(all, sizes, pairs)
	if len(all) == 0 || all[0].optional {
		// Only optional words match: none is left out but by relaxing.
		if len(kept) > 0 {
			p.levels = append(p.levels, unitLevel(kept, pairs))
		}
		p.always = len(p.levels)
		p.levels = append(p.levels, prefixes(kept, len(kept)-1, pairs)...)
	} else {
		p.levels = append(p.levels, unitLevel(all, pairs))
		if len(p.levels) > 1 { // some page holds the query: then the pages with every word, no fewer
			p.always = len(p.levels)
			p.slots = ix.slots(q, true)
			return p
		}
		if len(all) > 1 {
			p.levels = append(p.levels, unitLevel(all[1:], pairs), unitLevel(all[:len(all)-1], pairs))
		}
		if p.always == 0 {
			p.always = len(p.levels)
		}
		if len(kept) < len(all)-1 {
			p.levels = append(p.levels, unitLevel(kept, pairs))
		}
		p.levels = append(p.levels, prefixes(kept, min(len(kept)-1, len(all)-2), pairs)...)
	}
	p.slots = ix.slots(q, true)
	return p
}

// pairGroup is, when every unit is a lone character or a question or
// function word (怎么, 的), the query's pairs of those characters that some
// page holds, which each of the units' levels asks for one of: a page
// that has the query's characters only one by one (量, 子, 计 … scattered
// over a page about something else) is no answer (see Ask), and a level
// of lone characters alone would make the browser fetch every term of
// each (hundreds of files a character at 10,000 skill points) to rank
// pages that Ask then hides. Empty when the query has such pairs but no
// page holds one (的计算: 的计 is in 的计划, 计算 nowhere): then nothing
// is found. Nil when some unit is a word of the site's, or the query has
// no such pair (客 服).
func (ix *Index) pairGroup(terms []string, units []unit) []string {
	chars := map[string]bool{}
	for _, u := range units {
		switch w := u.marks[0]; {
		case ix.lexicon.optional[w]:
		case u.lone:
			chars[w] = true
		default:
			return nil
		}
	}
	var pairs []string
	for _, t := range terms {
		if r := []rune(t); len(r) == 2 && chars[string(r[0])] && chars[string(r[1])] {
			pairs = append(pairs, t)
		}
	}
	if pairs == nil {
		return nil
	}
	return slices.DeleteFunc(pairs, func(t string) bool { return ix.groupSize([]string{t}) == 0 })
}

// unitLevel is the level of the units' groups, and of the pairs when
// there are some (see pairGroup).
func unitLevel(units []unit, pairs []string) level {
	groups := flatten(units)
	if pairs != nil {
		groups = append(groups, pairs)
	}
	return level{groups}
}

// prefixes are the levels of the first n units, the first n-1, … the first.
func prefixes(units []unit, n int, pairs []string) []level {
	var out []level
	for ; n > 0; n-- {
		out = append(out, unitLevel(units[:n], pairs))
	}
	return out
}

// expand is the group of terms a query term stands for: itself, or for a
// lone Han character every indexed term that contains it.
func (ix *Index) expand(t string) []string {
	if isLoneHan(t) {
		return ix.charTerms[t]
	}
	return []string{t}
}

// expandAll is the group of terms the words stand for (expand), each once.
func (ix *Index) expandAll(words []string) []string {
	var group []string
	for _, w := range words {
		group = appendNew(group, ix.expand(w)...)
	}
	return group
}

// unit is a word of a query, kept or dropped whole: the groups it asks
// for, whether it may be left out, and the words that mark it.
type unit struct {
	groups   [][]string
	optional bool
	lone     bool // a lone Han character
	marks    []string
}

// units are the words of a query, each once, as units. A word with
// synonyms is one group of them all; a word of three characters or more
// without, a group for each of its character pairs (so that a page that
// cut it otherwise still has it); a lone character, the terms that hold
// it; a Latin word, itself and its other forms (latinForm).
func (ix *Index) units(q string) []unit {
	var out []unit
	seen := map[string]bool{}
	forms := latinForms(q)
	for _, w := range ix.segmentQuery(q) {
		if seen[w] {
			continue
		}
		seen[w] = true
		u := unit{optional: ix.lexicon.optional[w] || isLoneHan(w) && !ix.lexicon.has(w), lone: isLoneHan(w), marks: ix.lexicon.alternatives(w)}
		switch {
		case len(u.marks) == 1 && utf8.RuneCountInString(w) >= 3:
			for _, pair := range Analyze(w) {
				u.groups = append(u.groups, []string{pair})
			}
		default:
			u.groups = [][]string{ix.expandAll(u.marks)}
		}
		if f := forms[w]; f != nil {
			u.groups = f.groups(u.groups[0])
		}
		out = append(out, u)
	}
	return out
}

// matchingUnits are the units that match something, the optional ones
// only when no other does (and optionalToo), and their sizes.
func (ix *Index) matchingUnits(units []unit, optionalToo bool) ([]unit, []int) {
	kept, sizes := ix.matching(units, false)
	if len(kept) == 0 && optionalToo {
		kept, sizes = ix.matching(units, true)
	}
	return kept, sizes
}

// relax drops, as long as no page has every group of the units left (and
// one of the pairs, when there are some: see pairGroup), the commonest.
func (ix *Index) relax(kept []unit, sizes []int, pairs []string) []unit {
	for len(kept) > 1 && ix.holders(unitLevel(kept, pairs).groups, 1) == 0 {
		kept, sizes = dropCommonest(kept, sizes)
	}
	return kept
}

// matching returns the units, optional or not, that match something, and
// their sizes.
func (ix *Index) matching(units []unit, optional bool) (kept []unit, sizes []int) {
	for _, u := range units {
		if u.optional != optional {
			continue
		}
		if n := ix.unitSize(u); n > 0 {
			kept, sizes = append(kept, u), append(sizes, n)
		}
	}
	return kept, sizes
}

// dropCommonest drops the unit with the most postings, the later of
// equals.
func dropCommonest(units []unit, sizes []int) ([]unit, []int) {
	drop := 0
	for i, n := range sizes {
		if n >= sizes[drop] {
			drop = i
		}
	}
	return slices.Delete(slices.Clone(units), drop, drop+1), slices.Delete(slices.Clone(sizes), drop, drop+1)
}

func flatten(units []unit) [][]string {
	var out [][]string
	for _, u := range units {
		out = append(out, u.groups...)
	}
	return out
}

// unitSize is the size of a unit's smallest group (0: one matches nothing).
func (ix *Index) unitSize(u unit) int {
	n := -1
	for _, g := range u.groups {
		if s := ix.groupSize(g); n < 0 || s < n {
			n = s
		}
	}
	return max(n, 0)
}

// segmentQuery cuts a query into words: its Latin words, and its runs of
// Han characters by forward maximum matching over the site's words and the
// lexicon's — at each place the longest word that starts there, else one
// character.
func (ix *Index) segmentQuery(q string) []string {
	var out []string
	for _, tok := range queryTokens(q) {
		run := []rune(tok)
		if !unicode.Is(unicode.Han, run[0]) {
			out = append(out, tok)
			continue
		}
		for i := 0; i < len(run); {
			n := ix.wordAt(run, i)
			out = append(out, string(run[i:i+n]))
			i += n
		}
	}
	return out
}

// wordAt is the length of the longest known word at run[i:], at least 1.
func (ix *Index) wordAt(run []rune, i int) int {
	best := 1
	if i+2 <= len(run) {
		pair := string(run[i : i+2])
		if ix.isWord(pair) || ix.lexicon.has(pair) {
			best = 2
		}
		for _, w := range ix.longer[pair] {
			if n := utf8.RuneCountInString(w); n > best && n <= len(run)-i && string(run[i:i+n]) == w {
				best = n
			}
		}
	}
	for n := min(ix.lexicon.longest, len(run)-i); n > best; n-- {
		if ix.lexicon.has(string(run[i : i+n])) {
			return n
		}
	}
	return best
}

// queryTokens are a query's runs of Han characters and its Latin words
// (lower-cased), in order, as the analyzer sees them.
func queryTokens(q string) []string {
	var out []string
	end := -1
	for _, t := range (wordTokenizer{}).Tokenize(norm.NFKC.Bytes([]byte(q))) {
		if t.Type == analysis.Ideographic && t.Start == end && len(out) > 0 && isHanRun(out[len(out)-1]) {
			out[len(out)-1] += string(t.Term)
		} else {
			out = append(out, string(t.Term))
		}
		end = t.End
	}
	return out
}

func isHanRun(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r)
}

// groupSize counts a group's postings in Fields: its terms' document
// frequencies, field by field, added up.
func (ix *Index) groupSize(group []string) int {
	n := 0
	for _, t := range group {
		for _, ps := range ix.postings[t][:min(len(ix.postings[t]), len(Fields))] {
			n += len(ps)
		}
	}
	return n
}

// holders counts the documents that have a term of every group in one of
// Fields, up to most, the smallest group asked first (none without groups).
func (ix *Index) holders(groups [][]string, most int) int {
	if len(groups) == 0 {
		return 0
	}
	sizes := make([]int, len(groups))
	order := make([]int, len(groups))
	for i, g := range groups {
		sizes[i], order[i] = ix.groupSize(g), i
	}
	slices.SortFunc(order, func(a, b int) int { return sizes[a] - sizes[b] })
	has := make([]int32, len(ix.Docs)) // how many of the groups so far each document has
	for k, i := range order {
		found := false
		for _, t := range groups[i] {
			for _, ps := range ix.postings[t][:min(len(ix.postings[t]), len(Fields))] {
				for _, p := range ps {
					if has[p.Doc] == int32(k) {
						has[p.Doc], found = int32(k+1), true
					}
				}
			}
		}
		if !found {
			return 0
		}
	}
	n := 0
	for _, k := range has {
		if k == int32(len(groups)) {
			if n++; n == most {
				break
			}
		}
	}
	return n
}
