package gift

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"skillbook/internal/quiz"
)

// answer is one =… or ~… item of an answer block.
type answer struct {
	correct  bool // marked = (or with a positive weight)
	weighted bool // has a %weight%
	text     string
	feedback string
}

var weightRE = regexp.MustCompile(`^%(-?[0-9.]+)%`)

// parseAnswers reads an answer block into the question, deciding its type.
func parseAnswers(qn *quiz.Question, inside string, meta questionMeta) error {
	body, explain, _ := cutUnescaped(inside, "####")
	qn.Explain = strings.TrimSpace(unescape(explain))
	body = strings.TrimSpace(body)
	if tf, ok := trueFalse(body); ok {
		qn.Type, qn.Answer = quiz.TrueFalse, &tf
		fb := splitUnescaped(body, '#')
		right, wrong := field(fb, 2), field(fb, 1)
		if tf {
			qn.Feedback = quiz.TFReason{True: right, False: wrong}
		} else {
			qn.Feedback = quiz.TFReason{True: wrong, False: right}
		}
		return nil
	}
	if body == "" || strings.HasPrefix(body, "#") {
		return fmt.Errorf("question %q is an essay or numerical question, which Skillbook has no type for", qn.ID)
	}
	items := items(body)
	switch {
	case isMatching(items):
		return matching(qn, items, meta)
	case allCorrect(items) && !anyWeighted(items):
		qn.Type = quiz.Fill
		qn.Blanks = []quiz.Blank{{}}
		for _, a := range items {
			qn.Blanks[0].Answers = append(qn.Blanks[0].Answers, a.text)
		}
		if len(meta.Blanks) > 1 {
			qn.Blanks = meta.Blanks
		}
		return nil
	}
	qn.Type = quiz.Single
	if countCorrect(items) != 1 || anyWeighted(items) {
		qn.Type = quiz.Multiple
	}
	for _, a := range items {
		qn.Options = append(qn.Options, quiz.Option{Text: a.text, Correct: a.correct, Feedback: a.feedback})
	}
	return nil
}

func trueFalse(body string) (bool, bool) {
	head, _, _ := cutUnescaped(body, "#")
	switch strings.TrimSpace(head) {
	case "T", "TRUE":
		return true, true
	case "F", "FALSE":
		return false, true
	}
	return false, false
}

func field(parts []string, i int) string {
	if i < len(parts) {
		return strings.TrimSpace(unescape(parts[i]))
	}
	return ""
}

// items splits an answer block at its unescaped = and ~ marks.
func items(body string) []answer {
	var out []answer
	start, mark := -1, byte(0)
	emit := func(end int) {
		if start >= 0 {
			out = append(out, newAnswer(mark, body[start:end]))
		}
	}
	for i := 0; i < len(body); i++ {
		switch {
		case body[i] == '\\':
			i++
		case body[i] == '=' || body[i] == '~':
			emit(i)
			start, mark = i+1, body[i]
		}
	}
	emit(len(body))
	return out
}

func newAnswer(mark byte, raw string) answer {
	a := answer{correct: mark == '='}
	if m := weightRE.FindStringSubmatch(raw); m != nil {
		w, _ := strconv.ParseFloat(m[1], 64)
		a.weighted, a.correct = true, w > 0
		raw = raw[len(m[0]):]
	}
	text, fb, _ := cutUnescaped(raw, "#")
	a.text, a.feedback = strings.TrimSpace(unescape(text)), strings.TrimSpace(unescape(fb))
	return a
}

func isMatching(items []answer) bool {
	for _, a := range items {
		if !a.correct || !strings.Contains(a.text, "->") {
			return false
		}
	}
	return len(items) > 0
}

func matching(qn *quiz.Question, items []answer, meta questionMeta) error {
	for _, a := range items {
		left, right, _ := strings.Cut(a.text, "->")
		qn.Pairs = append(qn.Pairs, quiz.Pair{Left: strings.TrimSpace(left), Right: strings.TrimSpace(right)})
	}
	qn.Type = quiz.Match
	if meta.Type == quiz.Order {
		qn.Type = quiz.Order
		for _, p := range qn.Pairs {
			qn.Steps = append(qn.Steps, p.Left)
		}
		qn.Pairs = nil
	}
	return nil
}

func allCorrect(items []answer) bool {
	return countCorrect(items) == len(items)
}

func countCorrect(items []answer) int {
	n := 0
	for _, a := range items {
		if a.correct {
			n++
		}
	}
	return n
}

func anyWeighted(items []answer) bool {
	for _, a := range items {
		if a.weighted {
			return true
		}
	}
	return false
}

// cutUnescaped cuts s around the first unescaped sep.
func cutUnescaped(s, sep string) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], sep) {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

// splitUnescaped splits s at every unescaped c.
func splitUnescaped(s string, c byte) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case c:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// unescape undoes GIFT's backslash escapes; \n is a line break.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
