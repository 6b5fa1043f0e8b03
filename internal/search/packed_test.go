package search

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"skillbook/internal/output"
)

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
	for _, p := range []*packer{plain, blocks, newPacker(dict, packsLevel)} {
		for _, in := range inputs {
			f := p.pack(output.File{Path: "x.js", Data: in})
			out, err := Unpack(f.Data, p.dict)
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
	text := appendUTF16File(nil, []byte(docs[7].Text+docs[8].Text))
	with, without := ix.packer.pack(output.File{Data: text}), packed(output.File{Data: text})
	if len(with.Data) >= len(without.Data) {
		t.Errorf("a pack is %d bytes with the dictionary, %d without", len(with.Data), len(without.Data))
	}
	if units := len(utf16LE(packDictionary(docs[:2]))) / 2; units == 0 || units > 2*dictPerPage {
		t.Errorf("a dictionary of %d units for two pages", units)
	}
}
