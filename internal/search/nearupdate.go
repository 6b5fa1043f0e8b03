package search

import (
	"slices"
)

// updateNear brings the pinyin table and the units' pages up to date after
// document doc changed from old to d, its postings already replaced, and
// returns the near files that changed: those of the pinyin keys whose terms
// changed and of the units whose pages did. ix.nearBytes follows.
func (ix *Index) updateNear(doc int32, old, d Doc, touched map[string]bool) map[int]bool {
	ix.pinyinMu.Lock()
	defer ix.pinyinMu.Unlock()
	near := map[int]bool{}
	changed := func(key string) {
		if ix.nearShards > 0 {
			near[Shard(key, ix.nearShards)] = true
		}
	}
	before := map[string][]string{}
	for term := range touched {
		ix.updatePinyin(term, before)
	}
	for key, was := range before {
		now := ix.pinyin[key]
		sizes := map[string]int{}
		for _, t := range now {
			sizes[t] = fieldPostings(ix.postings[t])
		}
		sortBySize(now, sizes)
		if !slices.Equal(was, now) {
			ix.nearBytes += keySize(key, now) - keySize(key, was)
			changed(key)
		}
		if len(now) == 0 {
			delete(ix.pinyin, key)
		}
	}
	for f := range 2 { // the title and the key points, as in unitDocs
		was, now := units(old.fields[f]), units(d.fields[f])
		for _, u := range was {
			if !slices.Contains(now, u) {
				ix.moveUnit(u, f, doc, false)
				changed(u)
			}
		}
		for _, u := range now {
			if !slices.Contains(was, u) {
				ix.moveUnit(u, f, doc, true)
				changed(u)
			}
		}
	}
	return near
}

// updatePinyin adds a term to its pinyin key's terms, or takes it out,
// as its postings now call for; before gets the key's terms as they were
// the first time it is met. ix.pinyinMu is held.
func (ix *Index) updatePinyin(term string, before map[string][]string) {
	key := PinyinKey(term)
	if key == "" {
		return
	}
	list := ix.pinyin[key]
	if _, ok := before[key]; !ok {
		before[key] = slices.Clone(list)
	}
	j := slices.Index(list, term)
	keep := ix.soundsLike(term, ix.postings[term])
	switch {
	case j >= 0 && !keep:
		list = slices.Delete(list, j, j+1)
	case j < 0 && keep:
		list = append(list, term)
	}
	ix.pinyin[key] = list
}

// moveUnit adds document doc to a unit's pages in field f (0 the title,
// 1 the key points), or takes it out. ix.pinyinMu is held.
func (ix *Index) moveUnit(u string, f int, doc int32, add bool) {
	lists := ix.unitPages[u]
	ix.nearBytes -= unitSize(u, lists)
	j, found := slices.BinarySearch(lists[f], doc)
	switch {
	case add && !found:
		lists[f] = slices.Insert(lists[f], j, doc)
	case !add && found:
		lists[f] = slices.Delete(lists[f], j, j+1)
	}
	ix.nearBytes += unitSize(u, lists)
	if len(lists[0])+len(lists[1]) == 0 {
		delete(ix.unitPages, u)
	} else {
		ix.unitPages[u] = lists
	}
}
