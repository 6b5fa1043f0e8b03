package quiz

import (
	"encoding/binary"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// The answers of a quiz reach the page only as hashes: the page hashes what
// the trainee chose the same way and compares. Hash is FNV-1a (32 bits) of
// the UTF-8 parts joined by U+001F, then FNV-1a again seeded with the first
// result, as 16 hex digits; theme's quiz.js does the same.
func Hash(parts ...string) string {
	s := []byte(strings.Join(parts, "\x1f"))
	a := fnv32(2166136261, s)
	b := fnv32(a^0x5bd1e995, s)
	var out [8]byte
	binary.BigEndian.PutUint32(out[:4], a)
	binary.BigEndian.PutUint32(out[4:], b)
	return hex.EncodeToString(out[:])
}

func fnv32(h uint32, s []byte) uint32 {
	for _, c := range s {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// Normalize is how fill answers are compared: NFKC folding (full-width
// letters and digits become half-width), spaces trimmed and runs of them
// made one, lower case, and a sentence's punctuation at either end left
// out, as a Chinese input method adds 。 after a word: 事件。 is 事件. An
// answer of punctuation alone stays as it is. quiz.js's normalize is the
// same.
func Normalize(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(norm.NFKC.String(s)), " "))
	if t := strings.Trim(s, edgePunctuation+" "); t != "" {
		return t
	}
	return s
}

// edgePunctuation is what Normalize leaves out at an answer's ends, as NFKC
// leaves it (full-width ，！？；：． become , ! ? ; : .).
const edgePunctuation = "。.,、!?;:"

// Choice is an item a trainee picks or moves, by an id that says nothing
// about whether or where it is right.
type Choice struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Keyed is a question as a page shows it: its choices in the order shown,
// and Key, the hashes that check each part of an answer.
type Keyed struct {
	*Question
	// Choices are a choice question's options, an order question's steps
	// (shuffled), or a match question's right items (shuffled).
	Choices []Choice
	// Key maps each part of an answer to the hash of its right value: an
	// option id to whether it is correct; "b<i>" to each answer blank i
	// accepts (as a list); "p<i>" to the step at position i; "m<i>" to the
	// right item of left item i.
	Key map[string][]string
}

// Salt is a quiz's salt for its hashes: the same for the same site and quiz.
func Salt(siteID, quizID string) string { return Hash("salt", siteID, quizID)[:8] }

// KeyQuestion makes the page's form of a question.
func KeyQuestion(salt string, q *Question) Keyed {
	k := Keyed{Question: q, Key: map[string][]string{}}
	h := func(parts ...string) string { return Hash(append([]string{salt, q.ID}, parts...)...) }
	switch q.Type {
	case Single, Multiple:
		for i, o := range q.Options {
			id := string(rune('a' + i))
			k.Choices = append(k.Choices, Choice{id, o.Text})
			k.Key[id] = []string{h(id, truth(o.Correct))}
		}
	case TrueFalse:
		for _, v := range []bool{true, false} {
			k.Key[truth(v)] = []string{h(truth(v), truth(v == *q.Answer))}
		}
	case Fill:
		for i, b := range q.Blanks {
			var hs []string
			for _, a := range b.Answers {
				hs = append(hs, h(blankKey(i), Normalize(a)))
			}
			slices.Sort(hs)
			k.Key[blankKey(i)] = slices.Compact(hs)
		}
	case Order:
		k.Choices = scramble(salt+q.ID, q.Steps)
		for i, step := range q.Steps {
			k.Key["p"+strconv.Itoa(i)] = []string{h("p"+strconv.Itoa(i), choiceID(salt+q.ID, step))}
		}
	case Match:
		var rights []string
		for i, p := range q.Pairs {
			rights = append(rights, p.Right)
			k.Key["m"+strconv.Itoa(i)] = []string{h("m"+strconv.Itoa(i), choiceID(salt+q.ID, p.Right))}
		}
		k.Choices = scramble(salt+q.ID, rights)
	}
	return k
}

func blankKey(i int) string { return "b" + strconv.Itoa(i) }

func truth(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func choiceID(seed, text string) string { return "c" + Hash(seed, text)[:6] }

// scramble gives texts ids and orders them by id; when that leaves them in
// their given order, the first goes last, so an order question never
// starts solved.
func scramble(seed string, texts []string) []Choice {
	var cs []Choice
	for _, t := range texts {
		cs = append(cs, Choice{choiceID(seed, t), t})
	}
	slices.SortFunc(cs, func(a, b Choice) int { return strings.Compare(a.ID, b.ID) })
	if len(cs) > 1 && slices.EqualFunc(cs, texts, func(c Choice, t string) bool { return c.Text == t }) {
		cs = append(cs[1:], cs[0])
	}
	return cs
}
