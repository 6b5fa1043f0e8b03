package search

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"strconv"
	"sync"

	"skillbook/internal/output"
)

// Every export file but meta.js is stored deflated, so that the export
// takes less room on disk (static hosts count bytes on disk: 81.9 MB of
// text became 55 MB at 10,000 skill points of real text). It must still
// load as a <script> from file://, so the deflated bytes are written as a
// JavaScript string in a UTF-16 file (a byte order mark first):
//
//	Skillbook.searchZ(n, m, "…");
//
// where n is the deflated length, m the length of the file it holds (the
// file as it was, e.g. Skillbook.searchTerms([…]); in UTF-8, or a pack
// in UTF-16), and the string holds the deflated bytes, 31 bits in every
// two code units: the bits, big end first, cut into numbers of 31 bits
// (the last padded with zeros), each written as two digits in base
// packedRadix, U+2100 + digit each. U+2100–U+D7FF holds no quote,
// backslash, line end or surrogate, so the string needs no escaping, and
// 31 bits in 4 bytes lose 3 % where gzip-like text encodings lose 25 %.
// search.js reads it (unpack, inflate) and hands the file inside to its
// Skillbook.search… function as before.

// packedRadix is the base of a code unit's digit, and packedFirst the
// code unit of digit 0: packedRadix² > 2³¹.
const (
	packedRadix = 46848
	packedFirst = 0x2100
)

// packedLevel is the deflate level: level 2 packs 57.6 MB at 10,000
// skill points in about 3 s of CPU, level 1 (Go's fastest) 59.9 MB in
// half that, level 6 57.0 MB in 4 s.
const packedLevel = 2

// writers keeps deflate writers for reuse: a new one allocates about a
// megabyte, and an export makes thousands of files on every core.
var writers = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, packedLevel)
	return w
}}

// packed is f stored deflated in a script string, as the comment above says.
func packed(f output.File) output.File {
	var z bytes.Buffer
	w := writers.Get().(*flate.Writer)
	w.Reset(&z)
	_, _ = w.Write(f.Data)
	_ = w.Close()
	writers.Put(w)
	head := "Skillbook.searchZ(" + strconv.Itoa(z.Len()) + "," + strconv.Itoa(len(f.Data)) + ",\""
	out := make([]byte, 0, 2+2*len(head)+4*packedPairs(z.Len())+8)
	out = append(out, 0xFF, 0xFE)
	out = appendASCII16(out, head)
	out = appendPackedUnits(out, z.Bytes())
	out = appendASCII16(out, "\");\n")
	return output.File{Path: f.Path, Data: out}
}

// packedAll packs every file of files in place and returns them.
func packedAll(files []output.File) []output.File {
	for i, f := range files {
		files[i] = packed(f)
	}
	return files
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
