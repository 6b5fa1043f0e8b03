package corpus

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// manualTerms are Latin and digit terms as real training manuals have them
// (the examples), mixed into the text with those of the prose.
var manualTerms = []string{"ISO9001", "7x24", "SLA", "KPI", "5S", "CRM", "400"}

// writer draws text from a model: it walks from word to following word as
// the prose does, and now and then jumps to a word drawn by a Zipf
// distribution over the whole vocabulary, so that the prose's phrases recur
// while their combinations are new.
type writer struct {
	m    *model
	rng  *rand.Rand
	zipf *rand.Zipf
}

const (
	jumpChance  = 0.3  // of leaving the prose's next word for a Zipf draw
	latinChance = 0.01 // of a Latin or digit term instead of a word
)

func newWriter(m *model, rng *rand.Rand) *writer {
	return &writer{m: m, rng: rng, zipf: rand.NewZipf(rng, 1.05, 2, uint64(len(m.words)-1))}
}

// clause is about n characters of text, starting and ending with a word.
func (w *writer) clause(n int) string {
	var b strings.Builder
	cur := w.m.starts[w.rng.IntN(len(w.m.starts))]
	b.WriteString(w.m.words[cur])
	for chars := utf8.RuneCountInString(w.m.words[cur]); chars < n; {
		cur = w.step(cur)
		if !w.m.isWord[cur] && chars+2 >= n {
			break
		}
		word := w.m.words[cur]
		if w.rng.Float64() < latinChance {
			word = w.latin()
		} else if endsASCII(b.String()) && startsASCII(word) {
			word = " " + word
		}
		b.WriteString(word)
		chars += utf8.RuneCountInString(word)
	}
	return strings.TrimRight(b.String(), "，、：,: ")
}

// step is the word after cur: one that follows it in the prose, or a jump.
func (w *writer) step(cur int) int {
	next := w.m.next[cur]
	if len(next) == 0 || w.rng.Float64() < jumpChance {
		for {
			if j := int(w.zipf.Uint64()); w.m.isWord[j] {
				return j
			}
		}
	}
	return next[w.rng.IntN(len(next))]
}

// latin is a Latin or digit term, the frequent ones more often.
func (w *writer) latin() string {
	i := w.rng.IntN(len(manualTerms) + len(w.m.latin))
	if i < len(manualTerms) {
		return " " + manualTerms[i] + " "
	}
	return " " + w.m.words[w.m.latin[i-len(manualTerms)]] + " "
}

// sentence is a sentence of between lo and hi characters, with its full stop.
func (w *writer) sentence(lo, hi int) string {
	return strings.TrimSpace(w.clause(lo+w.rng.IntN(hi-lo+1))) + "。"
}

// paragraph is at least n bytes of sentences.
func (w *writer) paragraph(n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(w.sentence(12, 60))
	}
	return b.String()
}

// phrase is a short phrase of lo to hi characters without a full stop, for
// titles, headings and key points.
func (w *writer) phrase(lo, hi int) string {
	return strings.TrimSpace(w.clause(lo + w.rng.IntN(hi-lo+1)))
}

func endsASCII(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r < utf8.RuneSelf && r != ' '
}

func startsASCII(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < utf8.RuneSelf && r != ' '
}

// heading is a heading of 4 to 10 characters that is not one of the
// sections a skill point's layout gives a meaning to.
func (w *writer) heading() string {
	for {
		if h := w.phrase(4, 10); h != "技能描述" && h != "牢记要点" {
			return h
		}
	}
}
