package quiz

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"

	"github.com/go-ego/gse"
)

// The fill drills blank whole words, found with gse, a pure-Go Chinese
// word segmenter, and a word list cut from its dictionary (the words seen
// 20 times or more: scripts/gen-zhdict). The list is loaded once, on the
// first drill, in about a third of a second.

//go:embed zhdict/words.txt.gz
var wordList []byte

// segmenter loads the word list once; a loaded gse.Segmenter is safe for
// concurrent use.
var segmenter = sync.OnceValue(func() *gse.Segmenter {
	seg := &gse.Segmenter{}
	seg.SkipLog = true
	zr, err := gzip.NewReader(bytes.NewReader(wordList))
	if err != nil {
		panic("quiz: the embedded word list is damaged: " + err.Error())
	}
	words, err := io.ReadAll(zr)
	if err != nil {
		panic("quiz: the embedded word list is damaged: " + err.Error())
	}
	if err := seg.LoadDictStr(string(words)); err != nil {
		panic("quiz: loading the word list: " + err.Error())
	}
	return seg
})

// word is one word of a text with its byte offsets and what the
// segmenter knows of it.
type word struct {
	start, end int
	text, pos  string
}

// words cuts text into words; nil when the segmenter's words do not add
// up to the text.
func words(text string) []word {
	seg := segmenter()
	var out []word
	at := 0
	for _, p := range seg.Pos(text, false) {
		if !strings.HasPrefix(text[at:], p.Text) {
			return nil
		}
		out = append(out, word{at, at + len(p.Text), p.Text, p.Pos})
		at += len(p.Text)
	}
	if at != len(text) {
		return nil
	}
	return out
}

// isContent reports words that carry meaning — nouns, verbs, adjectives,
// idioms and set phrases — as against function words (的, 和, 了,
// pronouns, prepositions, adverbs, numbers, punctuation).
func isContent(w word) bool {
	return w.pos != "" && strings.ContainsRune("nvailj", rune(w.pos[0]))
}
