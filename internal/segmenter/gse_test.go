package segmenter

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/go-ego/gse"

	"skillbook/internal/corpus"
)

// gseDictionary is gse loaded with the word list, as the segmenter was
// before it cut with its own dictionary.
var gseDictionary = sync.OnceValue(func() *gse.Segmenter {
	seg := &gse.Segmenter{SkipLog: true, NotLoadHMM: true}
	zr, err := gzip.NewReader(bytes.NewReader(wordList))
	if err != nil {
		panic(err)
	}
	words, err := io.ReadAll(zr)
	if err != nil {
		panic(err)
	}
	if err := seg.LoadDictStr(string(words)); err != nil {
		panic(err)
	}
	return seg
})

// gseCutGap is cutGap as it was, with gse itself.
func gseCutGap(text string, pos bool) ([]Word, bool) {
	var words []gse.SegPos
	if pos {
		words = gseDictionary().Pos(text, false)
	} else {
		for _, w := range gseDictionary().Cut(text) {
			words = append(words, gse.SegPos{Text: w})
		}
	}
	var out []Word
	at := 0
	for _, p := range words {
		if !strings.HasPrefix(text[at:], p.Text) {
			return nil, false
		}
		out = append(out, Word{at, at + len(p.Text), p.Text, p.Pos})
		at += len(p.Text)
	}
	return out, at == len(text)
}

// sameAsGse reports where the dictionary's cut of text differs from gse's.
func sameAsGse(t *testing.T, text string) bool {
	t.Helper()
	for _, pos := range []bool{false, true} {
		want, wantOK := gseCutGap(text, pos)
		got, ok := dictionary().cut(nil, text, 0, pos)
		if ok != wantOK || ok && !slices.Equal(got, want) {
			t.Errorf("cut(%q, pos %v) = %v %v, gse: %v %v", text, pos, got, ok, want, wantOK)
			return false
		}
	}
	return true
}

// TestCutMatchesGse cuts every line of the bundled course and of a
// generated site of real text (internal/corpus), and many random strings
// of Han characters, letters, digits, punctuation and broken UTF-8, with
// the segmenter's dictionary and with gse: the words and parts of speech
// must be the same.
func TestCutMatchesGse(t *testing.T) {
	site := t.TempDir()
	if err := corpus.Write(site, corpus.DefaultShape(200)); err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, dir := range []string{"../../content", site} {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || !strings.HasSuffix(p, ".md") {
				return err
			}
			b, err := os.ReadFile(p)
			for line := range strings.SplitSeq(string(b), "\n") {
				if line != "" {
					lines++
					if !sameAsGse(t, line) {
						return nil
					}
				}
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	alphabet := []string{"服", "务", "客", "户", "的", "了", "意", "识", "首", "问", "负", "责", "制", "与", "培", "训",
		"𫖯", "𨱇", "a", "Z", "q", "9", "0", "é", "Σ", "ж", "Ａ", "１", "，", "。", " ", "-", ".", "\t", "\xff", "\xe6\x9c"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(24) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		if !sameAsGse(t, b.String()) {
			break
		}
	}
	t.Logf("%d lines and 20,000 random strings cut as gse cuts them", lines)
}

// TestDictionaryWordsAreHan: the dictionary's trie is of characters,
// gse's of units (a run of Latin letters is one); they agree while no word
// has a letter or digit of one or two bytes.
func TestDictionaryWordsAreHan(t *testing.T) {
	d := dictionary()
	if len(d.nodes) < 80000 {
		t.Fatalf("%d nodes", len(d.nodes))
	}
	zr, _ := gzip.NewReader(bytes.NewReader(wordList))
	words, _ := io.ReadAll(zr)
	for line := range strings.SplitSeq(string(words), "\n") {
		w, _, _ := strings.Cut(line, " ")
		for _, u := range splitUnits(nil, w) {
			if u.end-u.start <= 2 {
				t.Errorf("word %q has the unit %q", w, w[u.start:u.end])
			}
		}
	}
}
