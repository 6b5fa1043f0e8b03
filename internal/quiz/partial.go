package quiz

import (
	"math"
	"slices"
	"strings"

	"skillbook/internal/diag"
)

// checkBeside checks what decoding read of a quiz some of whose values were
// of the wrong type (errs: they were set aside), so that a trainer sees
// every problem of the file in one run rather than one round after
// another: the quiz's keys and questions are checked, but for what a wrong
// value would make wrong again — a question that holds one, and the line
// of one.
func (f *File) checkBeside(errs diag.List) diag.List {
	var spans [][2]int // the lines of the questions that hold a wrong value
	for i := range f.Quiz.Questions {
		start, end := f.tree.At("questions", i).Line, math.MaxInt
		if i+1 < len(f.Quiz.Questions) {
			end = f.tree.At("questions", i+1).Line - 1
		}
		if slices.ContainsFunc(errs, func(e diag.Diagnostic) bool { return e.Line >= start && e.Line <= end }) {
			spans = append(spans, [2]int{start, end})
		}
	}
	return slices.DeleteFunc(f.check(), func(d diag.Diagnostic) bool {
		return slices.ContainsFunc(errs, func(e diag.Diagnostic) bool { return e.Line == d.Line }) ||
			slices.ContainsFunc(spans, func(s [2]int) bool { return d.Line >= s[0] && d.Line <= s[1] })
	})
}

// answerHint is the hint of an `answer:` that is not true or false: most
// often an answer written as a true/false question's in another kind.
const answerHint = "`answer:` is a true/false question's (`answer: true`); a single or multiple choice question marks its right options with `correct: true`, a fill question lists its answers under `answers:`"

// explainAnswers gives a wrong `answer:` the hint of answerHint.
func explainAnswers(diags diag.List) {
	for i, d := range diags {
		if strings.Contains(d.Message, `expected true or false for "answer"`) {
			diags[i].Hint = answerHint
		}
	}
}
