package gift

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse parses a GIFT bank, writes what it read as GIFT and parses that
// again: no input may panic either step. The seeds are testdata/*.gift and
// testdata/fuzz/FuzzParse.
//
//	go test ./internal/gift -run '^$' -fuzz FuzzParse -fuzztime 60s
func FuzzParse(f *testing.F) {
	banks, _ := filepath.Glob("testdata/*.gift")
	for _, b := range banks {
		if src, err := os.ReadFile(b); err == nil {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		q, _ := Parse(src)
		if q == nil {
			return
		}
		again, _ := Parse(string(Write(q)))
		if again == nil {
			t.Fatalf("the written bank does not parse:\n%s", Write(q))
		}
	})
}
