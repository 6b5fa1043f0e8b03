package search

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"skillbook/internal/output"
)

// Update replaces a document after its page was edited: in the postings,
// the one-character lookup, the pinyin table and bleve (when built). The
// export files it changes — the shards of the terms the document lost or
// gained, their common terms' files, the document's pack and the near
// files of its changed pinyin keys and units — are marked stale and
// written when asked for (Fresh, Refresh): the shards of common terms hold
// a posting for nearly every page, and writing them on every save would
// take most of a rebuild. Should a file count, the common terms or the
// packs' dictionary change, Update marks nothing and reports whole: the
// export is then to be written whole again (Export), and that replaces
// every earlier export file. The caller writes it when it is needed — at
// 10,000 skill points it takes seconds, where an edit takes milliseconds —
// and asks Fresh nothing until then.
func (ix *Index) Update(d Doc) (whole bool, err error) {
	i, ok := ix.byID[d.ID]
	if !ok {
		return false, nil
	}
	ix.pinyinTerms() // the pinyin table and the units are kept up to date from here
	ix.unitDocs()
	d = ix.withWords(d)
	old := ix.Docs[i]
	touched, moved := ix.replacePostings(int32(i), old, d)
	ix.Docs[i] = d
	shards := map[int]bool{}
	for term := range touched {
		if !moved[term] { // its postings' counts only: the lookups stand
			ix.charShards(term, shards)
			continue
		}
		ix.size += ix.postings.termSize(term)
		ix.updateChars(term, shards)
		ix.updateLonger(term, shards)
	}
	near := ix.updateNear(int32(i), old, d, moved)
	whole = ix.shards == 0 || ix.commonChanged(moved) || ix.shardCount() != ix.shards || nearShardCount(ix.nearBytes) != ix.nearShards || ix.dictChanged()
	if !whole {
		ix.markStale(shards, near, i)
	}
	if ix.bleve != nil { // else built from the current documents when first queried
		err = ix.bleve.Index(d.ID, d.source())
	}
	return whole, err
}

// replacePostings puts document doc's postings of new in place of those of
// old, and returns the terms of either (touched) and those of them that
// the document gained or lost in a field (moved), their size taken out of
// ix.size. The others' postings change their counts in place: the
// lookups built on which terms are in which fields (the one-character
// lists, the longer words, pinyin, common terms, sizes) stand for them.
func (ix *Index) replacePostings(doc int32, old, d Doc) (touched, moved map[string]bool) {
	was, now := countFields(old.fields), countFields(d.fields)
	in := fieldMasks(was)
	out := fieldMasks(now)
	touched, moved = make(map[string]bool, len(in)), map[string]bool{}
	for _, masks := range []map[string]uint16{in, out} {
		for term := range masks {
			if !touched[term] && in[term] != out[term] {
				ix.size -= ix.postings.termSize(term)
				moved[term] = true
			}
			touched[term] = true
		}
	}
	for f, ft := range was {
		for _, tc := range ft.terms {
			if out[tc.term]&(1<<f) == 0 {
				ix.postings.remove(tc.term, f, doc)
			}
		}
	}
	ix.positions = ix.postings.insert(doc, now, ix.positions)
	setLengths(ix.lengths, int(doc), now)
	return touched, moved
}

// fieldMasks gives each term of a document's fields the set of fields it
// is in, a bit each.
func fieldMasks(fields []fieldTerms) map[string]uint16 {
	masks := map[string]uint16{}
	for f, ft := range fields {
		for _, tc := range ft.terms {
			masks[tc.term] |= 1 << f
		}
	}
	return masks
}

// markStale marks the given term shards (and so their common terms'
// files), near files and the pack of document doc stale.
func (ix *Index) markStale(shards, near map[int]bool, doc int) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for k := range shards {
		ix.stale[shardPath(k)] = true
		delete(ix.fresh, shardPath(k))
	}
	for name := range ix.fresh {
		if k, ok := blockShard(name); ok && shards[k] {
			delete(ix.fresh, name)
		}
	}
	for k := range near {
		ix.stale[nearPath(k)] = true
		delete(ix.fresh, nearPath(k))
	}
	ix.stale[packPath(doc/docPack)] = true
	delete(ix.fresh, packPath(doc/docPack))
	for _, name := range []string{metaPath, metaCharPath} { // the documents' count, their fields' lengths
		ix.stale[name] = true
		delete(ix.fresh, name)
	}
}

// blockShard returns the shard of a common term's file from its path
// (see blockPath).
func blockShard(name string) (int, bool) {
	key, ok := strings.CutPrefix(name, ExportDir+"p/")
	shard, _, found := strings.Cut(key, "-")
	k, err := strconv.Atoi(shard)
	return k, ok && found && err == nil
}

// commonChanged reports whether an edit made a term common or no longer
// common: every document file holds its common terms' postings, so then
// they all change.
func (ix *Index) commonChanged(touched map[string]bool) bool {
	for term := range touched {
		_, was := slices.BinarySearch(ix.common, term)
		if was != ix.blocked(ix.postings[term]) {
			return true
		}
	}
	return false
}

// Fresh returns the current content of an export file that an edit changed
// since the last export; ok is false for the others, whose exported content
// stands. The first stale file asked for writes them all (refresh): under
// `serve` the browser asks /api/search instead, so they are seldom asked
// for. It may be called while other goroutines call it too, but not during
// an Update.
func (ix *Index) Fresh(name string) (f output.File, ok bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if !ix.isStale(name) {
		return output.File{}, false
	}
	if f, ok := ix.fresh[name]; ok {
		return f, true
	}
	ix.refresh()
	f, ok = ix.fresh[name]
	return f, ok
}

// isStale reports an export file that edits changed: marked so, or the
// common term file of a stale shard.
func (ix *Index) isStale(name string) bool {
	if ix.stale[name] {
		return true
	}
	k, ok := blockShard(name)
	return ok && ix.stale[shardPath(k)]
}

// refresh writes every stale file not written yet: the packs one by one,
// the shards (with their common terms' files) and the near files each in
// one pass over the terms. ix.mu is held.
func (ix *Index) refresh() {
	shards, near := map[int]bool{}, map[int]bool{}
	for name := range ix.stale {
		var k int
		if _, done := ix.fresh[name]; done {
			continue
		}
		if name == metaPath || name == metaCharPath {
			ix.fresh[name] = ix.metaFile(packDictionary(ix.Docs), name == metaPath)
		} else if _, err := fmt.Sscanf(name, ExportDir+"d/%d.js", &k); err == nil {
			ix.fresh[name] = ix.packFile(k, ix.packCommon(k))
		} else if _, err := fmt.Sscanf(name, ExportDir+"t/%d.js", &k); err == nil {
			shards[k] = true
		} else if _, err := fmt.Sscanf(name, ExportDir+"n/%d.js", &k); err == nil {
			near[k] = true
		}
	}
	if len(near) > 0 {
		for _, f := range ix.nearFiles(near) {
			ix.fresh[f.Path] = f
		}
	}
	if len(shards) > 0 {
		for _, f := range ix.shardFiles(shards) {
			ix.fresh[f.Path] = f
		}
	}
}

// charShards records the shards that hold a term or its characters'
// lookups (see updateChars), when its postings changed.
func (ix *Index) charShards(term string, shards map[int]bool) {
	if ix.shards == 0 {
		return
	}
	shards[ix.termShard(term)] = true
	if isPhrase(term) {
		if c := term[len(phraseMark):]; isLoneHan(c) {
			shards[Shard(c, ix.shards)] = true
		}
		return
	}
	for _, r := range term {
		if c := string(r); isLoneHan(c) {
			shards[Shard(c, ix.shards)] = true
		}
	}
}

// updateChars brings the one-character lookup up to date for a term that a
// document gained or lost, and records the shards concerned.
func (ix *Index) updateChars(term string, shards map[int]bool) {
	fields, present := ix.postings[term]
	present = present && inBigramFields(fields)
	if ix.shards > 0 {
		shards[ix.termShard(term)] = true
	}
	if isPhrase(term) {
		// A one-character title or key point counts in that character's
		// first results (chartop.go).
		if c := term[len(phraseMark):]; isLoneHan(c) && ix.shards > 0 {
			shards[Shard(c, ix.shards)] = true
		}
		return
	}
	seen := map[rune]bool{}
	for _, r := range term {
		c := string(r)
		if seen[r] || !isLoneHan(c) {
			continue
		}
		seen[r] = true
		list := ix.charTerms[c]
		j, found := slices.BinarySearch(list, term)
		switch {
		case present && !found:
			list = slices.Insert(list, j, term)
		case !present && found:
			list = slices.Delete(list, j, j+1)
		}
		if len(list) == 0 {
			delete(ix.charTerms, c)
		} else {
			ix.charTerms[c] = list
		}
		if ix.shards > 0 {
			shards[Shard(c, ix.shards)] = true
		}
	}
}

// remove drops a document's posting for a term in a field.
func (all postings) remove(term string, field int, doc int32) {
	fields := all[term]
	if fields == nil {
		return
	}
	list := fields[field]
	if j, found := slices.BinarySearchFunc(list, doc, byDoc); found {
		fields[field] = slices.Delete(list, j, j+1)
	}
	if slices.IndexFunc(fields, func(ps []Posting) bool { return len(ps) > 0 }) < 0 {
		delete(all, term)
	}
}

// insert adds a document's postings in document order, or replaces those
// it has; their positions go after pos (see Posting.Pos), returned.
func (all postings) insert(doc int32, fields []fieldTerms, pos []int32) []int32 {
	for f, ft := range fields {
		for _, tc := range ft.terms {
			term := tc.term
			if all[term] == nil {
				all[term] = make([][]Posting, fieldCount)
			}
			list := all[term][f]
			p := Posting{Doc: doc, Freq: tc.freq}
			if tc.at >= 0 {
				p.Pos = int32(len(pos)) + 1
				pos = append(pos, ft.pos[tc.at:tc.at+tc.freq]...)
			}
			if j, found := slices.BinarySearchFunc(list, doc, byDoc); found {
				list[j] = p
			} else {
				all[term][f] = slices.Insert(list, j, p)
			}
		}
	}
	return pos
}

func byDoc(p Posting, doc int32) int { return int(p.Doc - doc) }
