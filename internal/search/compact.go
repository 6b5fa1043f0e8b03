package search

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Postings are most of the export's bytes, and written as JSON numbers
// ("12,1,734,") they took about ten bytes each. So they are written as
// strings of numbers in base 45, big end first, each digit one printable
// ASCII character that needs no escaping in JSON or JavaScript: digits
// 0–44 say "more digits follow", 45–89 "last digit". A number under 45 is
// one character, under 2,025 two, under 91,125 three. search.js decodes
// them (decodeNumbers) when a term is first used.

// compactBase is the base of the numbers, half the digit symbols.
const compactBase = 45

// compactDigit is the character of digit symbol s (0–89): the printable
// characters from '#' on, the backslash left out.
func compactDigit(s int) byte {
	c := byte('#' + s)
	if c >= '\\' {
		c++
	}
	return c
}

// appendNumber writes n (≥ 0) in the compact form.
func appendNumber(b []byte, n int64) []byte {
	switch { // most numbers (gaps, counts, positions' gaps) are small
	case n < compactBase:
		return append(b, compactDigit(compactBase+int(n)))
	case n < compactBase*compactBase:
		return append(b, compactDigit(int(n/compactBase)), compactDigit(compactBase+int(n%compactBase)))
	}
	var digits [16]byte
	i := len(digits) - 1
	digits[i] = compactDigit(compactBase + int(n%compactBase))
	for n /= compactBase; n > 0; n /= compactBase {
		i--
		digits[i] = compactDigit(int(n % compactBase))
	}
	return append(b, digits[i:]...)
}

// appendCompactPostings writes a term's postings as one JSON string: for
// each field that has the term, its number times two, plus one when the
// postings keep positions, how many postings follow, and for each posting
// the gap from the document before (the first: from 0) times two, plus
// one when the term is there more than once, then that count if so, then
// its positions if kept: the first, then each one's gap from the one
// before. The fields' lengths are not here but in meta.js, a number per
// document and field (appendLengths): in every posting they were 62 % of
// the postings' bytes. With bodyPositions false the body's are left out
// (a common term kept apart: see keptApart).
func (ix *Index) appendCompactPostings(b []byte, fields [][]Posting, bodyPositions bool) []byte {
	b = append(b, '"')
	for f, ps := range fields {
		if len(ps) == 0 {
			continue
		}
		kept := int64(0)
		if ps[0].Pos > 0 && (bodyPositions || f != bodyField) {
			kept = 1
		}
		b = appendNumber(appendNumber(b, int64(f)*2+kept), int64(len(ps)))
		prev := int32(0)
		for _, p := range ps {
			gap := int64(p.Doc-prev) * 2
			if p.Freq > 1 {
				b = appendNumber(appendNumber(b, gap+1), int64(p.Freq))
			} else {
				b = appendNumber(b, gap)
			}
			if kept == 1 {
				b = appendPositions(b, ix.positions[p.Pos-1:p.Pos-1+p.Freq])
			}
			prev = p.Doc
		}
	}
	return append(b, '"')
}

// appendPositions writes a posting's positions, where each time the pair
// of Han characters starts in its field, in characters (eachTermAt): the
// first, then the gaps. search.js tells from them which pages hold a
// query's run of characters in one piece (see verify.go).
func appendPositions(b []byte, pos []int32) []byte {
	prev := int32(0)
	for _, at := range pos {
		b = appendNumber(b, int64(at-prev))
		prev = at
	}
	return b
}

// appendLengths writes every document's fields' lengths (fieldLength; 0
// where a field has no term), field by field (fieldCount fields), each
// field's for every document in turn, as one JSON string of compact
// numbers, for meta.js. Field by field, like numbers stand together, and
// deflate makes them 14 % smaller than document by document (10,000
// skill points: 63 → 55 KB).
func (ix *Index) appendLengths(b []byte) []byte {
	b = append(b, '"')
	for f := range fieldCount {
		for doc := range ix.Docs {
			b = appendNumber(b, int64(ix.fieldLength(int32(doc), f)))
		}
	}
	return append(b, '"')
}

// fieldLength is how many terms field f of document doc has in all.
func (ix *Index) fieldLength(doc int32, f int) int32 { return ix.lengths[int(doc)*fieldCount+f] }

// appendCharTerms writes {char: its terms…} for the given characters,
// sorted, each character's terms (itself, and the pairs that hold it) as
// one string: "=" when the character is a term alone, then the characters
// after it in its pairs, "|", and the characters before it ("一" with 一步,
// 一章, 第一: "步章|第"). Three bytes a term instead of nine; a list that
// is not so made is written as a JSON list.
func appendCharTerms(b []byte, chars []string, terms map[string][]string) []byte {
	return appendObject(b, chars, func(b []byte, c string) []byte {
		if s, ok := charTermsString(c, terms[c]); ok {
			return appendString(b, s)
		}
		return appendList(b, terms[c])
	})
}

// charTermsString is the string form of a character's terms.
func charTermsString(c string, terms []string) (string, bool) {
	var lone bool
	var after, before strings.Builder
	for _, t := range terms {
		r := []rune(t)
		switch {
		case t == c:
			lone = true
		case len(r) == 2 && string(r[0]) == c:
			after.WriteRune(r[1])
		case len(r) == 2 && string(r[1]) == c:
			before.WriteRune(r[0])
		default:
			return "", false
		}
	}
	s := after.String() + "|" + before.String()
	if lone {
		s = "=" + s
	}
	return s, true
}

// phraseKey is a phrase term's key in its shard: a whole title or key point
// is a long key (2.8 MB of them at 10,000 skill points), so it is named by
// "=", a second FNV-1a hash of it, ".", and the bits of the first (which
// picks its shard) above the shard's own, in base 36 — 53 bits, which no
// two phrases of a shard share but by a chance of about one in 10¹³. The
// client computes the same key (phraseKey in search.js).
func phraseKey(term string) string {
	h1, h2 := uint32(2166136261), uint32(phraseBasis)
	for i := 0; i < len(term); i++ {
		h1 = (h1 ^ uint32(term[i])) * 16777619
		h2 = (h2 ^ uint32(term[i])) * 16777619
	}
	return phraseMark + strconv.FormatUint(uint64(h2), 36) + "." + strconv.FormatUint(uint64(h1>>11), 36)
}

// phraseBasis is the second hash's offset basis.
const phraseBasis = 0x9747b28c

// termKey is a term's key in its shard.
func termKey(term string) string {
	if isPhrase(term) {
		return phraseKey(term)
	}
	return term
}

// appendUTF16File appends a file's text in UTF-16 (little end first, after
// a byte order mark). Packs are mostly Han text, three bytes a character in UTF-8
// and two in UTF-16: 45 → 35 MB of packs at 10,000 skill points, and a
// little less gzipped. Browsers read a script's byte order mark before
// anything else, so the file still loads as a <script> from file://; over
// http search.js decodes it itself (fetchData).
func appendUTF16File(b, text []byte) []byte {
	return appendUTF16LE(append(b, 0xFF, 0xFE), text)
}

// appendCommon writes a document's postings of the common terms (those of
// ix.common, by their number there) for its pack, as runes that UTF-16
// stores in one code unit each: numbers in base 16384, a digit U+8000 + d
// when more follow, U+4000 + d for the last. First the length of each
// field (0 where it has no common term), then for each posting ((term
// gap × 8 + field) × 4 + min(count − 1, 3)), and the count after it when
// that is over 3. The gap is from the term before (0: the same term in
// another field). Two bytes a posting, mostly; as decimal text, a term's
// number in every document was 40 % of the packs, and all of it about 6.
// The title's and the body's are left out (countedField).
func appendCommon(b []byte, common docCommon) []byte {
	lengths := make([]int32, fieldCount)
	for _, c := range common {
		if !countedField(c.field) {
			lengths[c.field] = c.length
		}
	}
	for _, n := range lengths {
		b = appendWide(b, int64(n))
	}
	prev := int32(0)
	for _, c := range common {
		if countedField(c.field) {
			continue
		}
		x := (int64(c.term-prev)*8+int64(c.field))*4 + int64(min(c.freq-1, 3))
		b = appendWide(b, x)
		if c.freq > 3 {
			b = appendWide(b, int64(c.freq))
		}
		prev = c.term
	}
	return b
}

// appendWide writes n (≥ 0) in base 16384 as appendCommon says.
func appendWide(b []byte, n int64) []byte {
	var digits [4]rune
	i := len(digits) - 1
	digits[i] = rune(0x4000 + n%16384)
	for n /= 16384; n > 0; n /= 16384 {
		i--
		digits[i] = rune(0x8000 + n%16384)
	}
	for _, r := range digits[i:] {
		b = utf8.AppendRune(b, r)
	}
	return b
}

// countedField reports the fields whose common postings packs leave out:
// the title and the body are the pack's title and text, and search.js
// counts their terms there (counted) when a query needs them.
func countedField(field int32) bool { return field == 0 || field == bodyField }
