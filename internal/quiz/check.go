package quiz

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/yamldoc"
)

// BlankMark is how a fill question's prompt marks a blank: three or more
// underscores.
var BlankMark = regexp.MustCompile(`_{3,}`)

// check checks the quiz on its own: what it needs, every question's type and
// answers, and that question ids are unique.
func (f *File) check() diag.List {
	var diags diag.List
	q := f.Quiz
	if strings.TrimSpace(q.Title) == "" {
		diags.Errorf(f.tree.At("title"), "add a line `title: …` naming the quiz", "quiz has no title")
	}
	if strings.TrimSpace(q.For) == "" {
		diags.Errorf(f.tree.At("for"), "add `for:` with the path or id of the course, chapter or skill point the quiz belongs to", "quiz has no `for`")
	}
	if p := q.PassMark(); p <= 0 || p > 1 {
		diags.Errorf(f.tree.At("pass"), "write the pass mark as a fraction of the points, e.g. `pass: 0.8`", "pass mark %v is not between 0 and 1", p)
	} else if d, ok := f.noMistakeAllowed(); ok {
		diags.Add(d)
	}
	if len(q.Questions) == 0 && !f.tree.Has("questions", 0) { // with one in the file, decoding stopped short of it: the error says why
		diags.Errorf(f.tree.At("questions"), "add `questions:` with at least one question", "quiz has no questions")
	}
	for i, a := range q.Aliases {
		if message, hint := content.AliasProblem(a, "quizzes/cs/basics"); message != "" {
			diags.Errorf(f.tree.At("aliases", i), hint, "%s", message)
		}
	}
	first := map[string]int{}
	for i := range q.Questions {
		diags = append(diags, f.checkQuestion(i)...)
		id := q.Questions[i].ID
		if j, dup := first[id]; dup && id != "" {
			diags.Errorf(f.tree.At("questions", i, "id"), "question ids key trainees' progress, so each must be unique in its quiz; the first is at line "+strconv.Itoa(f.tree.At("questions", j, "id").Line), "duplicate question id %q", id)
			continue
		}
		first[id] = i
	}
	return diags
}

// noMistakeAllowed warns of a pass mark under 100 % that only every answer
// right meets (80 % of 4 points: 3 of 4 is 75 %, and fails), which the
// trainee, told 及格线 80%, does not expect. A quiz of one or two points
// is left alone: a mistake there is half of it.
func (f *File) noMistakeAllowed() (diag.Diagnostic, bool) {
	q, total := f.Quiz, 0
	for i := range q.Questions {
		total += q.Questions[i].Worth()
	}
	p := q.PassMark()
	if q.Pass == nil && f.tree.Has("pass") { // a pass mark that did not decode: its error says so
		return diag.Diagnostic{}, false
	}
	if total < 3 || p >= 1 || float64(total-1)/float64(total) >= p {
		return diag.Diagnostic{}, false
	}
	pos, mark := f.tree.At("pass"), "pass mark"
	if q.Pass == nil { // the default's: where the questions are
		pos, mark = f.tree.At("questions"), "the default pass mark"
	}
	below := math.Floor(float64(total-1)/float64(total)*100) / 100
	return diag.Diagnostic{File: pos.File, Line: pos.Line, Col: pos.Col, Source: pos.Source, Severity: diag.Warning,
		Message: fmt.Sprintf("%s %g%% of %d points needs every answer right: one mistake scores %g%%", mark, p*100, total, math.Round(float64(total-1)/float64(total)*1000)/10),
		Hint:    fmt.Sprintf("write `pass: %g` to let one mistake pass, `pass: 1` to ask for every answer, or add questions", below)}, true
}

// checkQuestion checks question i: its id, type, prompt and answers.
func (f *File) checkQuestion(i int) diag.List {
	var diags diag.List
	qn := &f.Quiz.Questions[i]
	at := func(path ...any) diag.Pos { return f.tree.At(append([]any{"questions", i}, path...)...) }
	if strings.TrimSpace(qn.ID) == "" {
		diags.Errorf(at("id"), "give the question a stable `id:`, e.g. `id: q"+strconv.Itoa(i+1)+"`; progress is kept by it", "question %d has no id", i+1)
	}
	misnamed := f.tree.Misnamed(Question{}, "questions", i) // 题目 for prompt: its error says so
	if strings.TrimSpace(qn.Prompt) == "" && !misnamed["prompt"] {
		diags.Errorf(at("prompt"), "write the question in `prompt:`", "question %s has an empty prompt", name(qn, i))
	}
	if qn.Points != nil && *qn.Points < 1 {
		diags.Errorf(at("points"), "a question is worth 1 point or more", "question %s is worth %d points", name(qn, i), *qn.Points)
	}
	if misnamed[answersKey[qn.Type]] || qn.Type == "" && misnamed["type"] {
		return diags
	}
	switch qn.Type {
	case Single, Multiple:
		diags = append(diags, checkChoice(qn, i, at)...)
	case TrueFalse:
		if qn.Answer == nil {
			diags.Errorf(at("type"), "add `answer: true` or `answer: false`", "true/false question %s has no answer", name(qn, i))
		}
	case Fill:
		diags = append(diags, checkFill(qn, i, at)...)
	case Order:
		if len(qn.Steps) < 2 {
			hint := "list at least two `steps:`, in the right order"
			if len(qn.Steps) == 1 && strings.Contains(qn.Steps[0], yamldoc.FullWidthComma) {
				hint = fmt.Sprintf("the step holds a full-width comma, which separates nothing: write `steps: [%s]`", strings.Join(yamldoc.SplitFullWidth(qn.Steps), ", "))
			}
			diags.Errorf(at("steps"), hint, "order question %s has %d step(s)", name(qn, i), len(qn.Steps))
		}
	case Match:
		diags = append(diags, checkMatch(qn, i, at)...)
	case "":
		diags.Errorf(at(), "add `type:`, one of "+strings.Join(Types, ", "), "question %s has no type", name(qn, i))
	default:
		diags.Errorf(at("type"), diag.DidYouMean(qn.Type, Types), "unknown question type %q", qn.Type)
	}
	return diags
}

// answersKey is the key that holds each type's answers.
var answersKey = map[string]string{Single: "options", Multiple: "options", TrueFalse: "answer", Fill: "blanks", Order: "steps", Match: "pairs"}

func checkChoice(qn *Question, i int, at func(...any) diag.Pos) diag.List {
	var diags diag.List
	if len(qn.Options) < 2 {
		diags.Errorf(at("options"), "list at least two `options:`, each with `text:`", "choice question %s has %d option(s)", name(qn, i), len(qn.Options))
		return diags
	}
	correct := 0
	for j, o := range qn.Options {
		if strings.TrimSpace(o.Text) == "" {
			diags.Errorf(at("options", j), "give every option a `text:`", "option %d of question %s has no text", j+1, name(qn, i))
		}
		if o.Correct {
			correct++
		}
	}
	switch {
	case qn.Type == Single && correct == 0:
		diags.Errorf(at("options"), "mark the right option `correct: true`", "single-choice question %s has no correct option", name(qn, i))
	case qn.Type == Single && correct > 1:
		diags.Errorf(at("options"), "mark exactly one option `correct: true`, or make it `type: multiple`", "single-choice question %s has %d correct options", name(qn, i), correct)
	case qn.Type == Multiple && correct == 0:
		diags.Errorf(at("options"), "mark at least one option `correct: true`", "multiple-choice question %s has no correct option", name(qn, i))
	}
	return diags
}

func checkFill(qn *Question, i int, at func(...any) diag.Pos) diag.List {
	var diags diag.List
	if len(qn.Blanks) == 0 {
		diags.Errorf(at("blanks"), "add `blanks:`, each with `answers: [...]`, and mark each blank in the prompt with ___", "fill question %s has no blanks", name(qn, i))
	}
	for j, b := range qn.Blanks {
		if !hasAnswer(b.Answers) {
			diags.Errorf(at("blanks", j), "list the answers it accepts, e.g. `answers: [客户, 顾客]`", "blank %d of question %s has no accepted answer", j+1, name(qn, i))
		}
		if len(b.Answers) == 1 && strings.Contains(b.Answers[0], yamldoc.FullWidthComma) {
			diags.Add(oneWithComma(at("blanks", j, "answers", 0), b.Answers, fmt.Sprintf("blank %d of question %s accepts only", j+1, name(qn, i)), "answers"))
		}
	}
	if marks := len(BlankMark.FindAllString(qn.Prompt, -1)); marks > 0 && marks != len(qn.Blanks) {
		diags.Errorf(at("prompt"), "mark each blank with ___ in the prompt, as many marks as `blanks:`", "question %s marks %d blank(s) in its prompt but lists %d", name(qn, i), marks, len(qn.Blanks))
	}
	return diags
}

// oneWithComma warns of a list of one item that holds a full-width comma
// (`[客户，顾客]`, typed with a Chinese input method on): one answer, which
// no trainee types, not two.
func oneWithComma(pos diag.Pos, items []string, what, key string) diag.Diagnostic {
	return diag.Diagnostic{File: pos.File, Line: pos.Line, Col: pos.Col, Source: pos.Source, Severity: diag.Warning,
		Message: fmt.Sprintf("%s %q, which holds a full-width comma: a list's items are separated by ASCII commas", what, items[0]),
		Hint:    fmt.Sprintf("write `%s: [%s]` if these are several", key, strings.Join(yamldoc.SplitFullWidth(items), ", "))}
}

func hasAnswer(answers []string) bool {
	for _, a := range answers {
		if strings.TrimSpace(a) != "" {
			return true
		}
	}
	return false
}

func checkMatch(qn *Question, i int, at func(...any) diag.Pos) diag.List {
	var diags diag.List
	if len(qn.Pairs) < 2 {
		diags.Errorf(at("pairs"), "list at least two `pairs:`, each with `left:` and `right:`", "match question %s has %d pair(s)", name(qn, i), len(qn.Pairs))
	}
	rights := map[string]bool{}
	for j, p := range qn.Pairs {
		if strings.TrimSpace(p.Left) == "" || strings.TrimSpace(p.Right) == "" {
			diags.Errorf(at("pairs", j), "give every pair a `left:` and a `right:`", "pair %d of question %s is incomplete", j+1, name(qn, i))
		}
		if rights[p.Right] {
			diags.Errorf(at("pairs", j, "right"), "each right item may match one left item only", "question %s has the right item %q twice", name(qn, i), p.Right)
		}
		rights[p.Right] = true
	}
	return diags
}

// name names a question in a message: its id, or its number.
func name(qn *Question, i int) string {
	if qn.ID != "" {
		return `"` + qn.ID + `"`
	}
	return strconv.Itoa(i + 1)
}
