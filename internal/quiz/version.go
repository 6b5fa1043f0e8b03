package quiz

import (
	"slices"
	"strconv"
	"strings"
)

// Version fingerprints what a trainee answers in the question: its type,
// prompt, choices, right answers and points; not its explanation, feedback
// or skill point. A trainee's progress keeps the versions answered, so that
// the quiz page can mark a question changed since (progress.js).
func (q *Question) Version() string {
	parts := []string{q.Type, q.Prompt, strconv.Itoa(q.Worth())}
	for _, o := range q.Options {
		parts = append(parts, o.Text, strconv.FormatBool(o.Correct))
	}
	if q.Answer != nil {
		parts = append(parts, strconv.FormatBool(*q.Answer))
	}
	for _, b := range q.Blanks {
		parts = append(parts, strings.Join(b.Answers, "\x1e"))
	}
	parts = append(parts, q.Steps...)
	for _, p := range q.Pairs {
		parts = append(parts, p.Left, p.Right)
	}
	return Hash(parts...)[:8]
}

// Version fingerprints the quiz's questions, their ids and versions, in
// any order: it changes when a question is added, taken out or changed.
// quiz.js computes a drill's the same way from its questions' versions.
func (q *Quiz) Version() string {
	var parts []string
	for i := range q.Questions {
		parts = append(parts, q.Questions[i].ID+":"+q.Questions[i].Version())
	}
	slices.Sort(parts)
	return Hash(parts...)[:8]
}
