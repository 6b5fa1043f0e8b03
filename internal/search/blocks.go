package search

import (
	"fmt"
	"slices"
	"strconv"

	"skillbook/internal/output"
)

// A common term's postings would make its shard large, and most queries
// that name it need only the few documents that their rarest term leaves.
// So the postings of a term in more than a tenth of the documents (and at
// least blockMin postings) are not in its shard but in a file of their
// own:
//
//	search/p/<shard>-<n>-all.js   Skillbook.searchBlock(["<shard>-<n>-all", postings, [longer words…]])
//
// where n numbers the common terms of the shard in sorted order, the
// postings are compact (compact.go) and the longer words are those that
// start with the term (a Han bigram: see longerIndex), left out when there
// are none; each document's pack holds its postings of the common terms
// too (see packFile). meta.js lists the common terms ("common", sorted, a
// line each): a query fetches a common term's file instead of its shard
// (it holds all the shard says of the term), so that a term costs one
// request whatever its frequency. The shard then holds,
// for such a term, {"k": "<shard>-<n>", "i": its number among all the
// common terms (packs name it so), "d": [[field, document frequency]…]}:
// enough to weigh the term, and to fetch its postings when the candidates
// of a query are too many to fetch their packs. (Blocks of 128 documents of
// a group of shards' common terms were dropped: on real text a query's
// candidates are spread over the site, so they were seldom used, and they
// took 48 MB and 2,848 files at 10,000 skill points.)
const blockMin = 64

// blocked reports whether a term's postings go in a file of their own.
func (ix *Index) blocked(fields [][]Posting) bool {
	n := 0
	for _, ps := range fields {
		n += len(ps)
	}
	return n > max(blockMin, len(ix.Docs)/10)
}

// commonTerms returns every blocked term, sorted: meta.js lists them.
func (ix *Index) commonTerms() []string {
	var out []string
	for t, fields := range ix.postings {
		if ix.blocked(fields) {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// blockedTerms returns the blocked terms among a shard's terms, sorted:
// their index is their number in file names.
func (ix *Index) blockedTerms(terms []string) []string {
	var out []string
	for _, t := range terms {
		if ix.blocked(ix.postings[t]) {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// appendBlockedEntry writes the shard entry of a blocked term, the
// common term number i.
func appendBlockedEntry(b []byte, key string, i int, fields [][]Posting) []byte {
	b = append(b, `{"k":"`...)
	b = append(b, key...)
	b = append(b, `","i":`...)
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, `,"d":[`...)
	b = appendFields(b, fields, func(b []byte, f int, ps []Posting) []byte { return fmt.Appendf(b, "[%d,%d]", f, len(ps)) })
	return append(b, "]}"...)
}

// wholeFiles writes the whole postings of the blocked terms of shard k,
// and the body positions of those kept apart (see keptApart), packed
// (blocks).
func (ix *Index) wholeFiles(k int, blockedTerms []string) []output.File {
	files := make([]output.File, 0, len(blockedTerms))
	buf := scratch.Get().(*[]byte)
	defer scratch.Put(buf)
	for n, term := range blockedTerms {
		key := fmt.Sprintf("%d-%d", k, n)
		apart := ix.keptApart(ix.postings[term])
		b := append(append(append((*buf)[:0], `Skillbook.searchBlock(["`...), key...), `-all",`...)
		b = ix.appendCompactPostings(b, ix.postings[term], !apart)
		if longer := ix.longer[term]; len(longer) > 0 {
			b = appendList(append(b, ','), longer)
		}
		*buf = append(b, "]);\n"...)
		files = append(files, blocks.pack(output.File{Path: blockPath(key + "-all"), Data: *buf}))
		if apart {
			b = append(append(append((*buf)[:0], `Skillbook.searchBlock(["`...), key...), `-pos",`...)
			b = ix.appendCompactPostings(b, bodyOnly(ix.postings[term]), true)
			*buf = append(b, "]);\n"...)
			files = append(files, blocks.pack(output.File{Path: blockPath(key + "-pos"), Data: *buf}))
		}
	}
	return files
}

// A common term's body positions are most of its file's bytes (four
// fifths for the commonest), and a query needs them only to tell which
// pages hold a run of its characters in one piece, which search.js mostly
// tells from the pages' own texts, in the packs of the results it shows
// (see inOnePiece there). So the commonest terms, those that stand in the
// pages' bodies more times than there are pages, keep their body positions
// in a file of their own,
//
//	search/p/<shard>-<n>-pos.js   Skillbook.searchBlock(["<shard>-<n>-pos", body postings with positions])
//
// that search.js fetches only when too many pages are left undecided.
func (ix *Index) keptApart(fields [][]Posting) bool {
	if len(fields) <= bodyField || len(fields[bodyField]) == 0 || fields[bodyField][0].Pos == 0 {
		return false
	}
	n := 0
	for _, p := range fields[bodyField] {
		n += int(p.Freq)
	}
	return n > len(ix.Docs)
}

// bodyOnly is a term's postings in the body alone.
func bodyOnly(fields [][]Posting) [][]Posting {
	out := make([][]Posting, bodyField+1)
	if len(fields) > bodyField {
		out[bodyField] = fields[bodyField]
	}
	return out
}

func blockPath(key string) string { return ExportDir + "p/" + key + ".js" }

// isCommon reports a common (blocked) term, as last exported.
func (ix *Index) isCommon(term string) bool {
	_, ok := slices.BinarySearch(ix.common, term)
	return ok
}

// termShard is the shard that holds a term's entry: Shard(term), but for a
// phrase term (a whole title or key point) the shard of its anchor, and
// for a pair of Han characters that of its characters' classes (shardKey).
func (ix *Index) termShard(term string) int {
	return Shard(ix.lexicon.shardKey(ix.anchor(term)), ix.shards)
}

// anchor is the term whose shard holds a term's entry: the term itself,
// but for a phrase the first of its text's terms that is neither common
// nor a lone Han character. A query that is a phrase fetches that shard for
// the term anyway, so the phrase costs no request of its own (a phrase
// without such a term, or common itself, is its own anchor). search.js
// finds it the same way (anchorOf).
func (ix *Index) anchor(term string) string {
	anchor := term
	if isPhrase(term) && !ix.isCommon(term) {
		found := false
		eachTerm(term[len(phraseMark):], func(t string) { // Analyze's terms in order, without its set of them
			if !found && !isLoneHan(t) && !ix.isCommon(t) {
				anchor, found = t, true
			}
		})
	}
	return anchor
}
