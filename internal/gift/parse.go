package gift

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"skillbook/internal/quiz"
)

// Problem is a question of a GIFT file that could not be converted, with
// the line it starts on.
type Problem struct {
	Line    int
	Message string
}

// Parse reads a GIFT file into a quiz: single and multiple choice,
// true/false, short answer (as fill), matching, with their feedback, and
// what Skillbook's comment lines add. Questions of other kinds (essay,
// numerical) are left out, each with a problem saying so.
func Parse(src string) (*quiz.Quiz, []Problem) {
	q := &quiz.Quiz{}
	var problems []Problem
	for _, blk := range blocks(src) {
		if blk.quizMeta != nil {
			q.ID, q.Title, q.For, q.Pass, q.Shuffle = blk.quizMeta.ID, blk.quizMeta.Title, blk.quizMeta.For, blk.quizMeta.Pass, blk.quizMeta.Shuffle
		}
		if blk.category != "" && q.Title == "" {
			q.Title = blk.category
		}
		if strings.TrimSpace(blk.text) == "" || blk.meta.PartOf != "" {
			continue
		}
		qn, err := parseQuestion(blk)
		if err != nil {
			problems = append(problems, Problem{blk.line, err.Error()})
			continue
		}
		if qn.ID == "" {
			qn.ID = fmt.Sprintf("q%d", len(q.Questions)+1)
		}
		q.Questions = append(q.Questions, qn)
	}
	return q, problems
}

// block is one question's text and the comment metadata before it.
type block struct {
	line     int
	text     string
	meta     questionMeta
	quizMeta *quizMeta
	category string
}

// blocks splits a GIFT file at blank lines, taking comments and
// $CATEGORY lines out.
func blocks(src string) []block {
	var out []block
	cur := block{line: 1}
	flush := func(next int) {
		if strings.TrimSpace(cur.text) != "" || cur.quizMeta != nil || cur.category != "" {
			out = append(out, cur)
		}
		cur = block{line: next}
	}
	for i, line := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush(i + 2)
		case strings.HasPrefix(trimmed, metaPrefix):
			readMeta(&cur, strings.TrimPrefix(trimmed, metaPrefix))
		case strings.HasPrefix(trimmed, "//"):
		case strings.HasPrefix(trimmed, "$CATEGORY:"):
			category := strings.TrimSpace(strings.TrimPrefix(trimmed, "$CATEGORY:"))
			cur.category = category[strings.LastIndex(category, "/")+1:]
		default:
			if cur.text == "" {
				cur.line = i + 1
			}
			cur.text += line + "\n"
		}
	}
	flush(0)
	return out
}

func readMeta(b *block, text string) {
	var probe map[string]any
	if json.Unmarshal([]byte(text), &probe) != nil {
		return
	}
	if _, isQuiz := probe["for"]; isQuiz {
		b.quizMeta = &quizMeta{}
		_ = json.Unmarshal([]byte(text), b.quizMeta)
		return
	}
	_ = json.Unmarshal([]byte(text), &b.meta)
}

var (
	nameRE   = regexp.MustCompile(`^\s*::((?:\\.|[^:\\]|:[^:])*)::`)
	formatRE = regexp.MustCompile(`^\s*\[(html|moodle|plain|markdown)\]`)
)

func parseQuestion(b block) (quiz.Question, error) {
	text := b.text
	qn := quiz.Question{Skill: b.meta.Skill, Points: b.meta.Points}
	if m := nameRE.FindStringSubmatch(text); m != nil {
		qn.ID = strings.TrimSpace(unescape(m[1]))
		if len(b.meta.Blanks) > 1 {
			qn.ID = strings.TrimSuffix(qn.ID, "#1") // the first part of a fill question with several blanks
		}
		text = text[len(m[0]):]
	}
	text = formatRE.ReplaceAllString(text, "")
	open, close := answerBlock(text)
	if open < 0 {
		return qn, fmt.Errorf("question %q has no answer block {…}; descriptions are not questions", shorten(text))
	}
	before, inside, after := text[:open], text[open+1:close], strings.TrimRightFunc(text[close+1:], unicode.IsSpace)
	qn.Prompt = unescape(strings.TrimSpace(before))
	if after != "" {
		qn.Prompt = unescape(strings.TrimLeftFunc(before, unicode.IsSpace)) + "___" + unescape(after)
	}
	return qn, parseAnswers(&qn, inside, b.meta)
}

// answerBlock finds the first unescaped { and its closing }.
func answerBlock(text string) (open, close int) {
	open = -1
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\\':
			i++
		case text[i] == '{' && open < 0:
			open = i
		case text[i] == '}' && open >= 0:
			return open, i
		}
	}
	return -1, -1
}

func shorten(s string) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}
