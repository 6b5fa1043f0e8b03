package search

import "slices"

// relax turns a query's terms into the groups of terms it asks for, a
// page having to match one term of every group: each term is a group, a
// lone Han character standing for every indexed term that contains it.
// Groups that match nothing are dropped; then, as long as no page has
// every group, the least informative group — the one with the most
// postings in Fields, the later of equals — is dropped, so that a word
// the pages do not use, a reordering or a particle do not empty the
// results. The site's JavaScript relaxes a query the same way.
func (ix *Index) relax(terms []string) [][]string {
	var groups [][]string
	var sizes []int
	for _, t := range terms {
		group := []string{t}
		if isLoneHan(t) {
			group = ix.charTerms[t]
		}
		if n := ix.groupSize(group); n > 0 {
			groups, sizes = append(groups, group), append(sizes, n)
		}
	}
	for len(groups) > 1 && !ix.anyHasAll(groups, sizes) {
		drop := 0
		for i, n := range sizes {
			if n >= sizes[drop] {
				drop = i
			}
		}
		groups, sizes = slices.Delete(groups, drop, drop+1), slices.Delete(sizes, drop, drop+1)
	}
	return groups
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

// anyHasAll reports whether some document has a term of every group in
// one of Fields; sizes are the groups' sizes, the smallest asked first.
func (ix *Index) anyHasAll(groups [][]string, sizes []int) bool {
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
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
			return false
		}
	}
	return true
}
