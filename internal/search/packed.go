package search

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/klauspost/compress/flate"

	"skillbook/internal/output"
)

// Every export file is stored deflated, so that the export takes less
// room on disk (static hosts count bytes on disk: at 10,000 skill points
// of real text 81.9 MB became 56 MB; docs/search.md, "Encoding"). It must
// still load as a <script> from file://, so the deflated bytes are written
// as a JavaScript string in a UTF-16 file (a byte order mark first):
//
//	Skillbook.searchZ(n, m, d, "…");
//
// where n is the deflated length, m the length of the file it holds (the
// file as it was, e.g. Skillbook.searchTerms([…]); in UTF-8, or a pack
// in UTF-16), d that of the dictionary it was deflated with (0: none; see
// packDictionary), and the string holds the deflated bytes, 31 bits in every
// two code units: the bits, big end first, cut into numbers of 31 bits
// (the last padded with zeros), each written as two digits in base
// packedRadix, U+2100 + digit each. U+2100–U+D7FF holds no quote,
// backslash, line end or surrogate, so the string needs no escaping, and
// 31 bits in 4 bytes lose 3 % (base64 loses 25 %).
// search.js reads it (unpack, inflate) and hands the file inside to its
// Skillbook.search… function as before.

// packedRadix is the base of a code unit's digit, and packedFirst the
// code unit of digit 0: packedRadix² > 2³¹.
const (
	packedRadix = 46848
	packedFirst = 0x2100
)

// The deflate levels, of github.com/klauspost/compress/flate (the same
// deflate, found quicker than the standard library's), chosen per kind of
// file on the export of 10,000 skill points of real text (the standard
// library's level 2 everywhere: 53.7 MB deflated, about 3.5 s of CPU):
//
//   - packsLevel for the packs (search/d/), deflated with the dictionary:
//     level 7 makes them 12 % smaller than the standard library's level 2
//     (16.6 MB against 18.9) in about the same time, 2.1 s; its quicker
//     levels spend most of their time taking the dictionary in again for
//     every pack (level 4: 1.1 s of 1.7, for 17.7 MB).
//   - plainLevel for the shards (search/t/), meta.js and the near files:
//     level 4 takes 0.3 s where the standard library's level 2 took 1 s,
//     for 3 % more bytes (22.5 MB against 21.8; level 7: 21.7 MB, 0.8 s).
//   - blockLevel for the common terms' postings (search/p/): Huffman
//     coding alone. They are numbers in base 45 (compact.go) that repeat
//     little: the standard library's level 2 took 0.5 s to make them
//     12.16 MB, Huffman coding alone 12.23 MB in 0.04 s.
const (
	packsLevel = 7
	plainLevel = 4
	blockLevel = flate.HuffmanOnly
)

// A packer deflates files at one level, with a preset dictionary or
// without one.
type packer struct {
	dict    []byte
	writers sync.Pool // of *deflater: a new deflate writer allocates about a megabyte
}

// deflater is a deflate writer and the buffer it writes into, used again
// from file to file: grown for each file anew, the buffers took 140 MB of
// garbage at 10,000 skill points.
type deflater struct {
	w *flate.Writer
	z bytes.Buffer
}

func newPacker(dict []byte, level int) *packer {
	p := &packer{dict: dict}
	p.writers.New = func() any {
		w, _ := flate.NewWriterDict(nil, level, dict)
		return &deflater{w: w}
	}
	return p
}

// plain packs without a dictionary; blocks packs the common terms'
// postings files.
var (
	plain  = newPacker(nil, plainLevel)
	blocks = newPacker(nil, blockLevel)
)

// packed is f stored deflated without a dictionary.
func packed(f output.File) output.File { return plain.pack(f) }

// pack is f stored deflated in a script string, as the comment above says:
//
//	Skillbook.searchZ(n, m, d, "…");
//
// d is the length of the dictionary it was deflated with (0: none). The
// result does not share f.Data, which the caller may use again.
func (p *packer) pack(f output.File) output.File {
	d := p.writers.Get().(*deflater)
	defer p.writers.Put(d)
	d.z.Reset()
	d.w.Reset(&d.z)
	_, _ = d.w.Write(f.Data)
	_ = d.w.Close()
	z := d.z.Bytes()
	head := "Skillbook.searchZ(" + strconv.Itoa(len(z)) + "," + strconv.Itoa(len(f.Data)) + "," + strconv.Itoa(len(p.dict)) + ",\""
	out := make([]byte, 0, 2+2*len(head)+4*packedPairs(len(z))+8)
	out = append(out, 0xFF, 0xFE)
	out = appendASCII16(out, head)
	out = appendPackedUnits(out, z)
	out = appendASCII16(out, "\");\n")
	return output.File{Path: f.Path, Data: out}
}

// packedPairs is how many pairs of code units hold n bytes.
func packedPairs(n int) int { return (8*n + 30) / 31 }

// appendASCII16 appends ASCII text in UTF-16, little end first.
func appendASCII16(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// appendPackedUnits appends data, 31 bits in every two code units (UTF-16,
// little end first).
func appendPackedUnits(b []byte, data []byte) []byte {
	var acc uint64 // bits not written yet, the last `bits` of it
	bits := 0
	for range packedPairs(len(data)) {
		for bits < 31 {
			acc <<= 8
			if len(data) > 0 {
				acc |= uint64(data[0])
				data = data[1:]
			}
			bits += 8
		}
		bits -= 31
		v := uint32(acc>>bits) & (1<<31 - 1)
		acc &= 1<<bits - 1
		b = binary.LittleEndian.AppendUint16(b, uint16(packedFirst+v/packedRadix))
		b = binary.LittleEndian.AppendUint16(b, uint16(packedFirst+v%packedRadix))
	}
	return b
}

// The packs are mostly page text, and a pack of four pages deflated alone
// finds few of the phrases that pages share. So they are deflated with a
// preset dictionary of the site's own text (meta.js holds it as "dict"):
// at 10,000 skill points of generated real text, 17 % less. dictUnits is
// its most UTF-16 code units (32 KB, deflate's window), dictSample how many
// pages it is drawn from, and dictPerPage its most units per page of the
// site, so that a small site's meta.js stays small.
const (
	dictUnits   = 16384
	dictSample  = 64
	dictPerPage = 64
)

// packDictionary is the packs' dictionary: the start of the text of
// dictSample pages spread over the site (as a pack has it in UTF-16, little
// end first: utf16LE of this text). It changes only when one of those
// pages' text does, or the page count: then Update exports everything
// again (dictChanged).
func packDictionary(docs []Doc) string {
	n := min(dictSample, len(docs))
	budget := min(dictUnits, dictPerPage*len(docs))
	if n == 0 {
		return ""
	}
	var b strings.Builder
	for i := range n {
		units := 0
		for _, r := range docs[(2*i+1)*len(docs)/(2*n)].Text {
			if units += utf16.RuneLen(r); units > budget/n {
				break
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dictChanged reports whether the documents' dictionary is no longer the
// one the packs were deflated with.
func (ix *Index) dictChanged() bool {
	return !bytes.Equal(utf16LE(packDictionary(ix.Docs)), ix.packer.dict)
}

// utf16LE is text in UTF-16, little end first.
func utf16LE(text string) []byte {
	return appendUTF16LE(make([]byte, 0, 2*len(text)), []byte(text))
}

// appendUTF16LE appends UTF-8 text in UTF-16, little end first; a byte
// that is not UTF-8 becomes U+FFFD, as in a conversion to []rune.
func appendUTF16LE(b, text []byte) []byte {
	for _, r := range string(text) {
		if r < 0x10000 {
			b = binary.LittleEndian.AppendUint16(b, uint16(r))
			continue
		}
		r1, r2 := utf16.EncodeRune(r)
		b = binary.LittleEndian.AppendUint16(binary.LittleEndian.AppendUint16(b, uint16(r1)), uint16(r2))
	}
	return b
}

// scratch holds the buffers of files written only to be packed (the
// shards, the packs and their UTF-16), used again from file to file: new
// and grown for each file, they took 400 MB of garbage at 10,000 skill
// points.
var scratch = sync.Pool{New: func() any { return new([]byte) }}
