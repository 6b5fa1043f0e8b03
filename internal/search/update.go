package search

import (
	"fmt"
	"slices"
	"strings"

	"skillbook/internal/output"
)

// Update replaces a document after its page was edited: in the postings,
// the one-character lookup and bleve (when built). The export files it
// changes — the shards of the terms the document lost or gained, and its
// own file — are written when asked for (Fresh): the shards of common terms
// hold a posting for nearly every page, and writing them on every save
// would take most of a rebuild. Should the shard count change, Update
// returns the whole new export instead.
func (ix *Index) Update(d Doc) ([]output.File, error) {
	i, ok := ix.byID[d.ID]
	if !ok {
		return nil, nil
	}
	doc := int32(i)
	d = ix.withWords(d)
	touched := map[string]bool{}
	for f, ft := range countFields(ix.Docs[i].fields) {
		for _, tc := range ft.terms {
			term := tc.term
			if !touched[term] {
				ix.size -= ix.postings.termSize(term)
				touched[term] = true
			}
			ix.postings.remove(term, f, doc)
		}
	}
	ix.Docs[i] = d
	fields := countFields(d.fields)
	for _, ft := range fields {
		for _, tc := range ft.terms {
			term := tc.term
			if !touched[term] {
				ix.size -= ix.postings.termSize(term)
				touched[term] = true
			}
		}
	}
	ix.postings.insert(doc, fields)
	shards := map[int]bool{}
	for term := range touched {
		ix.size += ix.postings.termSize(term)
		ix.updateChars(term, shards)
		ix.updateLonger(term, shards)
	}
	if ix.commonChanged(touched) {
		return ix.Export(), nil
	}
	files := ix.exportChanged(shards, i)
	if ix.bleve == nil {
		return files, nil // built from the current documents when first queried
	}
	return files, ix.bleve.Index(d.ID, d.source())
}

// exportChanged marks the shards touched by an update and the document's
// file stale; it exports everything when the shard count changed.
func (ix *Index) exportChanged(shards map[int]bool, doc int) []output.File {
	if ix.shards == 0 || ix.shardCount() != ix.shards {
		return ix.Export()
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for k := range shards {
		ix.markStale(shardPath(k))
		for name := range ix.fresh {
			if strings.HasPrefix(name, fmt.Sprintf("%sp/%d-", ExportDir, k)) {
				delete(ix.fresh, name)
			}
		}
	}
	ix.markStale(packPath(doc / docPack))
	return nil
}

// commonChanged reports whether an edit made a term common or no longer
// common: every document file holds its common terms' postings, so then
// they all change.
func (ix *Index) commonChanged(touched map[string]bool) bool {
	if ix.shards == 0 {
		return false
	}
	for term := range touched {
		_, was := slices.BinarySearch(ix.common, term)
		if was != ix.blocked(ix.postings[term]) {
			return true
		}
	}
	return false
}

func (ix *Index) markStale(name string) {
	ix.stale[name] = true
	delete(ix.fresh, name)
}

// Fresh returns the current content of an export file that an edit changed
// since the last export; ok is false for the others, whose exported content
// stands. It may be called while other goroutines call it too, but not
// during an Update.
func (ix *Index) Fresh(name string) (f output.File, ok bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if strings.HasPrefix(name, ExportDir+"p/") {
		return ix.freshBlock(name)
	}
	if !ix.stale[name] {
		return output.File{}, false
	}
	if f, ok := ix.fresh[name]; ok {
		return f, true
	}
	var k int
	if _, err := fmt.Sscanf(name, ExportDir+"t/%d.js", &k); err == nil {
		f = ix.shardFiles(map[int]bool{k: true})[0]
	} else if _, err := fmt.Sscanf(name, ExportDir+"d/%d.js", &k); err == nil {
		f = ix.packFile(k, ix.packCommon(k))
	}
	ix.fresh[name] = f
	return f, true
}

// updateChars brings the one-character lookup up to date for a term that a
// document gained or lost, and records the shards concerned.
func (ix *Index) updateChars(term string, shards map[int]bool) {
	fields, present := ix.postings[term]
	present = present && inBigramFields(fields)
	if ix.shards > 0 {
		shards[Shard(term, ix.shards)] = true
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

// insert adds a document's postings in document order.
func (all postings) insert(doc int32, fields []fieldTerms) {
	for f, ft := range fields {
		for _, tc := range ft.terms {
			term := tc.term
			if all[term] == nil {
				all[term] = make([][]Posting, fieldCount)
			}
			list := all[term][f]
			j, _ := slices.BinarySearchFunc(list, doc, byDoc)
			all[term][f] = slices.Insert(list, j, Posting{Doc: doc, Freq: tc.freq, Length: int32(ft.length)})
		}
	}
}

func byDoc(p Posting, doc int32) int { return int(p.Doc - doc) }
