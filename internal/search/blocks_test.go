package search

import (
	"bytes"
	"testing"
)

// TestCommonestBodyPositionsApart checks the files of the common terms:
// the commonest (keptApart) have a -pos file with their body postings and
// positions, and their -all file keeps every other position but none in
// the body; the other common terms have no -pos file and keep all.
func TestCommonestBodyPositionsApart(t *testing.T) {
	ix := New(testDocs(300, "原来的文字"), testOptions)
	files := map[string][]byte{}
	for _, f := range ix.Export() {
		files[f.Path] = f.Data
	}
	apart := 0
	for _, term := range ix.common {
		key, fields := ix.commonKey[term], ix.postings[term]
		all, pos := unpackedFile(t, files[blockPath(key+"-all")]), unpackedFile(t, files[blockPath(key+"-pos")])
		kept := ix.keptApart(fields)
		if kept != (pos != nil) {
			t.Errorf("%s: kept apart %v, but a -pos file: %v", term, kept, pos != nil)
			continue
		}
		if !bytes.Contains(all, ix.appendCompactPostings(nil, fields, !kept)) {
			t.Errorf("%s: -all file %.80q lacks its postings (body positions %v)", term, all, !kept)
		}
		if !kept {
			continue
		}
		apart++
		if !bytes.Contains(pos, ix.appendCompactPostings(nil, bodyOnly(fields), true)) {
			t.Errorf("%s: -pos file %.80q lacks the body positions", term, pos)
		}
		if len(ix.appendCompactPostings(nil, fields, false)) >= len(ix.appendCompactPostings(nil, fields, true)) {
			t.Errorf("%s: no body positions left out of its -all file", term)
		}
	}
	if apart == 0 || apart == len(ix.common) {
		t.Fatalf("%d of %d common terms kept apart: the test needs both kinds", apart, len(ix.common))
	}
}

// unpackedFile is an export file's content, nil for no file.
func unpackedFile(t *testing.T, data []byte) []byte {
	t.Helper()
	if data == nil {
		return nil
	}
	b, err := Unpack(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
