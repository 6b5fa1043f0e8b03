package quiz

import (
	"regexp"
	"strings"
)

// alternativeMark is how an answer written as alternatives separates them
// ("28 / 二十八"): a slash, half- or full-width, with a space on either
// side. A slash without them ("1/2", "公里／小时") is part of the answer.
var alternativeMark = regexp.MustCompile(`\s+[/／]\s+`)

// splitAlternatives makes each fill answer written as alternatives into
// accepted answers of their own, in their order, so that either is right
// and the right answer shown lists them one by one. Empty parts are
// dropped; an answer with nothing but marks is left as it is for check to
// report.
func splitAlternatives(q *Quiz) {
	for i := range q.Questions {
		for j := range q.Questions[i].Blanks {
			b := &q.Questions[i].Blanks[j]
			var out []string
			for _, a := range b.Answers {
				out = append(out, alternatives(a)...)
			}
			b.Answers = out
		}
	}
}

// alternatives is an answer's alternatives, trimmed; the answer itself when
// it has none.
func alternatives(a string) []string {
	parts := alternativeMark.Split(a, -1)
	if len(parts) == 1 {
		return parts
	}
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []string{a}
	}
	return out
}
