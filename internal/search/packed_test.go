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
	"testing"

	"skillbook/internal/output"
)

var packedHead = regexp.MustCompile(`^Skillbook\.searchZ\((\d+),(\d+),"$`)

// unpacked reads a packed file back as search.js does (unpack, inflate):
// the file it holds.
func unpacked(data []byte) ([]byte, error) {
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
	out, err := io.ReadAll(flate.NewReader(bytes.NewReader(z[:n])))
	if err == nil && len(out) != size {
		err = fmt.Errorf("%d bytes inflated, the head says %d", len(out), size)
	}
	return out, err
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
	for _, in := range inputs {
		f := packed(output.File{Path: "x.js", Data: in})
		out, err := unpacked(f.Data)
		if err != nil || !bytes.Equal(out, in) {
			t.Fatalf("%d bytes: %v, read back %d bytes", len(in), err, len(out))
		}
	}
}
