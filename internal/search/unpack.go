package search

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
)

// IsPacked reports whether data is a packed export file (Unpack reads it).
func IsPacked(data []byte) bool {
	return bytes.HasPrefix(data, utf16LE("\ufeffSkillbook.searchZ("))
}

// MetaDict is the packs' dictionary, as Unpack wants it, from meta.js once
// unpacked.
func MetaDict(meta []byte) ([]byte, error) {
	from, to := bytes.IndexByte(meta, '('), bytes.LastIndexByte(meta, ')')
	if from < 0 || to < from {
		return nil, fmt.Errorf("meta.js: no call")
	}
	var m struct{ Dict string }
	if err := json.Unmarshal(meta[from+1:to], &m); err != nil {
		return nil, fmt.Errorf("meta.js: %w", err)
	}
	return utf16LE(m.Dict), nil
}

var packedHead = regexp.MustCompile(`^Skillbook\.searchZ\((\d+),(\d+),(\d+),"$`)

// Unpack reads a packed export file back as search.js does (unpack,
// inflate): the file it holds. dict is the packs' dictionary (MetaDict) for
// a pack of search/d/, nil for the other files. Tests and tools that read
// an export use it.
func Unpack(data []byte, dict []byte) ([]byte, error) {
	if len(data) < 2 || data[0] != 0xFF || data[1] != 0xFE || len(data)%2 != 0 {
		return nil, fmt.Errorf("no UTF-16 byte order mark")
	}
	units := make([]uint16, len(data)/2-1)
	for i := range units {
		units[i] = binary.LittleEndian.Uint16(data[2+2*i:])
	}
	quote := 0
	for quote < len(units) && units[quote] != '"' {
		quote++
	}
	head := make([]byte, 0, quote+1)
	for _, u := range units[:min(len(units), quote+1)] {
		head = append(head, byte(u))
	}
	m := packedHead.FindSubmatch(head)
	if m == nil {
		return nil, fmt.Errorf("no packed head: %.40q", head)
	}
	n, _ := strconv.Atoi(string(m[1]))
	size, _ := strconv.Atoi(string(m[2]))
	if d, _ := strconv.Atoi(string(m[3])); d != len(dict) {
		return nil, fmt.Errorf("deflated with a dictionary of %d bytes, given %d", d, len(dict))
	}
	body := units[quote+1:]
	pairs := packedPairs(n)
	if len(body) != 2*pairs+4 || string(utf16Bytes(body[2*pairs:])) != "\");\n" {
		return nil, fmt.Errorf("%d code units after the head, want %d and the end", len(body), 2*pairs+4)
	}
	z := make([]byte, 0, n+4)
	var acc uint64
	bits := 0
	for i := 0; i < pairs; i++ {
		a, b := int(body[2*i])-packedFirst, int(body[2*i+1])-packedFirst
		if a < 0 || b < 0 || a >= packedRadix || b >= packedRadix || a*packedRadix+b >= 1<<31 {
			return nil, fmt.Errorf("pair %d out of range: %x %x", i, body[2*i], body[2*i+1])
		}
		acc, bits = acc<<31|uint64(a*packedRadix+b), bits+31
		for bits >= 8 {
			bits -= 8
			z = append(z, byte(acc>>bits))
		}
		acc &= 1<<bits - 1
	}
	out, err := inflateAsBrowser(z[:n], dict)
	if err == nil && len(out) != size {
		err = fmt.Errorf("%d bytes inflated, the head says %d", len(out), size)
	}
	return out, err
}

// inflateAsBrowser inflates z as search.js does, which cannot hand
// DecompressionStream a dictionary: the dictionary goes first, as a stored
// block, and is cut off the output.
func inflateAsBrowser(z, dict []byte) ([]byte, error) {
	var stream []byte
	if len(dict) > 0 {
		stream = append([]byte{0, byte(len(dict)), byte(len(dict) >> 8), ^byte(len(dict)), ^byte(len(dict) >> 8)}, dict...)
	}
	out, err := io.ReadAll(flate.NewReader(bytes.NewReader(append(stream, z...))))
	if err != nil {
		return nil, err
	}
	return out[len(dict):], nil
}

func utf16Bytes(units []uint16) []byte {
	b := make([]byte, len(units))
	for i, u := range units {
		b[i] = byte(u)
	}
	return b
}
