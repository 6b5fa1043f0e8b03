package search

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"skillbook/internal/output"
)

var packedHead = regexp.MustCompile(`^Skillbook\.searchZ\((\d+),(\d+),(\d+),"$`)

// unpacked reads a packed file back as search.js does (unpack, inflate):
// the file it holds. dict is the packs' dictionary, for a pack.
func unpacked(data []byte, dict []byte) ([]byte, error) {
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

// TestPackedRoundTrip packs data of every length up to 200 bytes, and
// larger, random and repetitive, and reads it back.
func TestPackedRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var inputs [][]byte
	for n := range 200 {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		inputs = append(inputs, b)
	}
	inputs = append(inputs, bytes.Repeat([]byte("Skillbook.searchTerms([1,{}]);\n"), 3000), bytes.Repeat([]byte{0xFF}, 70000))
	dict := utf16LE(strings.Repeat("技能描述牢记要点客户服务", 500))
	for _, p := range []*packer{plain, newPacker(dict)} {
		for _, in := range inputs {
			f := p.pack(output.File{Path: "x.js", Data: in})
			out, err := unpacked(f.Data, p.dict)
			if err != nil || !bytes.Equal(out, in) {
				t.Fatalf("%d bytes, dictionary of %d: %v, read back %d bytes", len(in), len(p.dict), err, len(out))
			}
		}
	}
}

// TestPackDictionary: the packs' dictionary is drawn from the pages'
// text, at most 32 KB and 64 code units a page, and it makes packs smaller.
func TestPackDictionary(t *testing.T) {
	docs := testDocs(300, "原来的文字")
	dict := packDictionary(docs)
	if units := len(utf16LE(dict)) / 2; units < 1000 || units > dictUnits {
		t.Fatalf("dictionary of %d units for 300 pages", units)
	}
	ix := New(docs, testOptions)
	ix.Export()
	text := utf16File([]byte(docs[7].Text + docs[8].Text))
	with, without := ix.packer.pack(output.File{Data: text}), packed(output.File{Data: text})
	if len(with.Data) >= len(without.Data) {
		t.Errorf("a pack is %d bytes with the dictionary, %d without", len(with.Data), len(without.Data))
	}
	if units := len(utf16LE(packDictionary(docs[:2]))) / 2; units == 0 || units > 2*dictPerPage {
		t.Errorf("a dictionary of %d units for two pages", units)
	}
}
