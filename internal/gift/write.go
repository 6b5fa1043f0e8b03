// Package gift reads and writes Moodle's GIFT question format, so that
// question banks move between Moodle and Skillbook's quiz files. What GIFT
// cannot say (a quiz's id and page, order questions, points, the skill
// point to review) travels in `// skillbook:` comment lines, which Moodle
// ignores and Skillbook reads back.
//
// A fill question with several blanks becomes one GIFT short-answer
// question per blank (Moodle's GIFT has no cloze): part i shows blank i as
// its answer block and the other blanks as ___, and is named ID#i. Moodle
// sees every blank's answers; Skillbook reads the parts back as the one
// question.
package gift

import (
	"encoding/json"
	"fmt"
	"strings"

	"skillbook/internal/quiz"
)

// quizMeta is what a GIFT file says of its quiz, in a comment line.
type quizMeta struct {
	ID      string   `json:"id,omitempty"`
	Title   string   `json:"title"`
	For     string   `json:"for"`
	Pass    *float64 `json:"pass,omitempty"`
	Shuffle bool     `json:"shuffle,omitempty"`
}

// questionMeta is what GIFT cannot say of a question.
type questionMeta struct {
	Type   string       `json:"type,omitempty"`
	Skill  string       `json:"skill,omitempty"`
	Points *int         `json:"points,omitempty"`
	Blanks []quiz.Blank `json:"blanks,omitempty"`
	// PartOf marks the second and later parts of a fill question with
	// several blanks: Skillbook skips them, the first part holds Blanks.
	PartOf string `json:"partOf,omitempty"`
}

const metaPrefix = "// skillbook: "

// Write returns the quiz in GIFT.
func Write(q *quiz.Quiz) []byte {
	var b strings.Builder
	meta, _ := json.Marshal(quizMeta{q.ID, q.Title, q.For, q.Pass, q.Shuffle})
	fmt.Fprintf(&b, "%s%s\n$CATEGORY: %s\n\n", metaPrefix, meta, q.Title)
	for i := range q.Questions {
		writeQuestion(&b, &q.Questions[i])
		b.WriteString("\n")
	}
	return []byte(b.String())
}

func writeQuestion(b *strings.Builder, qn *quiz.Question) {
	meta := questionMeta{Skill: qn.Skill, Points: qn.Points}
	if qn.Type == quiz.Order {
		meta.Type = quiz.Order
	}
	if qn.Type != quiz.Fill || len(qn.Blanks) < 2 {
		writePart(b, qn, meta, qn.ID, -1, answers(qn))
		return
	}
	meta.Blanks = qn.Blanks
	for i, blank := range qn.Blanks {
		var ans strings.Builder
		for _, a := range blank.Answers {
			fmt.Fprintf(&ans, "\t=%s\n", escape(a))
		}
		name := fmt.Sprintf("%s#%d", qn.ID, i+1)
		if i == 0 {
			writePart(b, qn, meta, name, 0, ans.String())
			continue
		}
		b.WriteString("\n")
		writePart(b, qn, questionMeta{PartOf: qn.ID}, name, i, ans.String())
	}
}

// writePart writes one GIFT question: blank, when not -1, is the blank of
// the prompt that the answer block stands in.
func writePart(b *strings.Builder, qn *quiz.Question, meta questionMeta, name string, blank int, ans string) {
	if m, _ := json.Marshal(meta); string(m) != "{}" {
		fmt.Fprintf(b, "%s%s\n", metaPrefix, m)
	}
	before, after := escape(qn.Prompt)+" ", ""
	if qn.Type == quiz.Fill && len(qn.Blanks) == 1 {
		blank = 0
	}
	if blank >= 0 {
		if locs := quiz.BlankMark.FindAllStringIndex(qn.Prompt, -1); blank < len(locs) {
			loc := locs[blank]
			before, after = escape(qn.Prompt[:loc[0]]), escape(qn.Prompt[loc[1]:])
		}
	}
	fmt.Fprintf(b, "::%s::[markdown]%s{\n%s", escape(name), before, ans)
	if qn.Explain != "" {
		fmt.Fprintf(b, "\t####%s\n", escape(qn.Explain))
	}
	fmt.Fprintf(b, "}%s\n", after)
}

// answers writes the answer block's lines of a question.
func answers(qn *quiz.Question) string {
	var b strings.Builder
	switch qn.Type {
	case quiz.Single, quiz.Multiple:
		correct := 0
		for _, o := range qn.Options {
			if o.Correct {
				correct++
			}
		}
		for _, o := range qn.Options {
			fmt.Fprintf(&b, "\t%s%s%s\n", choiceMark(qn.Type, o.Correct, correct, len(qn.Options)), escape(o.Text), feedback(o.Feedback))
		}
	case quiz.TrueFalse:
		right, wrong := qn.Feedback.True, qn.Feedback.False
		mark := "TRUE"
		if !*qn.Answer {
			mark, right, wrong = "FALSE", wrong, right
		}
		if right != "" { // the first # is the wrong answer's feedback, even when empty
			fmt.Fprintf(&b, "\t%s#%s#%s\n", mark, escape(wrong), escape(right))
		} else {
			fmt.Fprintf(&b, "\t%s%s\n", mark, feedback(wrong))
		}
	case quiz.Fill:
		for _, a := range qn.Blanks[0].Answers {
			fmt.Fprintf(&b, "\t=%s\n", escape(a))
		}
	case quiz.Order:
		for i, s := range qn.Steps {
			fmt.Fprintf(&b, "\t=%s -> %d\n", escape(s), i+1)
		}
	case quiz.Match:
		for _, p := range qn.Pairs {
			fmt.Fprintf(&b, "\t=%s -> %s\n", escape(p.Left), escape(p.Right))
		}
	}
	return b.String()
}

// choiceMark is an option's mark: = and ~ for one correct option; weights
// that share 100% among the correct ones, and take it away for the wrong
// ones, for several.
func choiceMark(typ string, correct bool, nCorrect, n int) string {
	switch {
	case typ == quiz.Single && correct:
		return "="
	case typ == quiz.Single:
		return "~"
	case correct:
		return fmt.Sprintf("~%%%s%%", weight(100, nCorrect))
	}
	return fmt.Sprintf("~%%-%s%%", weight(100, max(n-nCorrect, 1)))
}

// weight divides 100% into n shares as Moodle writes them (33.33333).
func weight(total, n int) string {
	w := fmt.Sprintf("%.5f", float64(total)/float64(n))
	return strings.TrimSuffix(strings.TrimRight(w, "0"), ".")
}

func feedback(s string) string {
	if s == "" {
		return ""
	}
	return "#" + escape(s)
}

// escape escapes GIFT's special characters and writes line breaks as \n.
func escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "~", `\~`, "=", `\=`, "#", `\#`, "{", `\{`, "}", `\}`, ":", `\:`, "\n", `\n`).Replace(s)
}
