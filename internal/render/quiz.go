package render

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/quiz"
)

// QuizForm is a quiz as a page template renders it.
type QuizForm struct {
	Quiz *quiz.Quiz
	// Prefix makes the form's ids and input names unique on its page.
	Prefix    string
	Questions []QuestionForm
	// Data is the JSON the page's quiz script scores answers with: hashes,
	// explanations, feedback, the skill points to review.
	Data template.HTML
}

// QuestionForm is a question as a template renders it.
type QuestionForm struct {
	quiz.Keyed
	Name   string
	Number int
	Prompt template.HTML
	// InlineBlanks is set when a fill question's inputs are in its prompt.
	InlineBlanks bool
}

// Blanks returns the numbers of a fill question's blanks, from 1.
func (q QuestionForm) Blanks() []int {
	var n []int
	for i := range q.Question.Blanks {
		n = append(n, i+1)
	}
	return n
}

// questionData is what quiz.js knows of a question.
type questionData struct {
	ID      string              `json:"id"`
	Type    string              `json:"type"`
	Points  int                 `json:"points"`
	Key     map[string][]string `json:"key"`
	Version string              `json:"v"`
	Explain string              `json:"explain,omitempty"`
	// Answers is a fill question's accepted answers per blank, as hidden
	// JSON: shown as the right answer once the trainee has checked.
	Answers  string            `json:"answers,omitempty"`
	Feedback map[string]string `json:"feedback,omitempty"`
	Skill    *skillRef         `json:"skill,omitempty"`
}

type skillRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

// quizForm builds the form of quiz q; n numbers the forms of one page.
func (r *Renderer) quizForm(q *quiz.Quiz, n int) (QuizForm, error) {
	f := QuizForm{Quiz: q, Prefix: fmt.Sprintf("quiz%d", n)}
	salt := quiz.Salt(r.Site.Config.ID, q.ID)
	data := struct {
		ID        string         `json:"id"`
		Title     string         `json:"title"`
		Salt      string         `json:"salt"`
		Pass      float64        `json:"pass"`
		Shuffle   bool           `json:"shuffle"`
		Version   string         `json:"version"`
		Questions []questionData `json:"questions"`
	}{ID: q.ID, Title: q.Title, Salt: salt, Pass: q.PassMark(), Shuffle: q.Shuffle, Version: q.Version()}
	for i := range q.Questions {
		qf, qd, err := r.questionForm(f.Prefix, salt, q, i)
		if err != nil {
			return f, fmt.Errorf("quiz %s, question %s: %w", q.ID, q.Questions[i].ID, err)
		}
		f.Questions = append(f.Questions, qf)
		data.Questions = append(data.Questions, qd)
	}
	b, err := json.Marshal(data)
	f.Data = template.HTML(`<script type="application/json" class="quiz-data">` + string(b) + `</script>`)
	return f, err
}

func (r *Renderer) questionForm(prefix, salt string, q *quiz.Quiz, i int) (QuestionForm, questionData, error) {
	qn := &q.Questions[i]
	qf := QuestionForm{Keyed: quiz.KeyQuestion(salt, qn), Name: prefix + "-" + qn.ID, Number: i + 1}
	qd := questionData{ID: qn.ID, Type: qn.Type, Points: qn.Worth(), Key: qf.Key, Version: qn.Version(), Answers: fillAnswers(qn)}
	prompt, err := r.markdown(q.Drill, qn.Prompt)
	if err != nil {
		return qf, qd, err
	}
	if qn.Type == quiz.Fill {
		prompt, qf.InlineBlanks = r.inlineBlanks(prompt, qf.Name)
	}
	qf.Prompt = template.HTML(prompt)
	explain, err := r.markdown(q.Drill, qn.Explain)
	if err != nil {
		return qf, qd, err
	}
	qd.Explain = hide(explain)
	if qd.Feedback, err = r.feedback(qn, q.Drill); err != nil {
		return qf, qd, err
	}
	if s := qn.SkillPage; s != nil {
		qd.Skill = &skillRef{s.ID, s.Title(), s.URL}
	}
	return qf, qd, nil
}

// fillAnswers is a fill question's accepted answers, blank by blank, as
// hidden JSON; empty for other types.
func fillAnswers(qn *quiz.Question) string {
	if qn.Type != quiz.Fill {
		return ""
	}
	var all [][]string
	for _, b := range qn.Blanks {
		all = append(all, b.Answers)
	}
	b, _ := json.Marshal(all)
	return hide(string(b))
}

// feedback renders the per-answer feedback of a question, by option id.
func (r *Renderer) feedback(qn *quiz.Question, plain bool) (map[string]string, error) {
	out := map[string]string{}
	add := func(id, md string) error {
		h, err := r.markdown(plain, md)
		if h != "" {
			out[id] = hide(h)
		}
		return err
	}
	for i, o := range qn.Options {
		if err := add(string(rune('a'+i)), o.Feedback); err != nil {
			return nil, err
		}
	}
	if qn.Type == quiz.TrueFalse {
		if err := add("true", qn.Feedback.True); err != nil {
			return nil, err
		}
		if err := add("false", qn.Feedback.False); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// hide encodes a text that may give an answer away (an explanation, a
// feedback) in base64, so that it is not found in the page's source as it
// reads; the script decodes it once the trainee has answered.
func hide(s string) string {
	if s == "" {
		return ""
	}
	return base64.StdEncoding.EncodeToString([]byte(s))
}

// markdown renders a quiz text: Markdown, or plain text for drills.
func (r *Renderer) markdown(plain bool, src string) (string, error) {
	if strings.TrimSpace(src) == "" {
		return "", nil
	}
	if plain {
		return "<p>" + html.EscapeString(src) + "</p>", nil
	}
	doc, _ := r.Converter.Parse([]byte(src))
	return r.Converter.HTML(doc)
}

// inlineBlanks puts a text input where the prompt marks each blank.
func (r *Renderer) inlineBlanks(prompt, name string) (string, bool) {
	n := 0
	out := quiz.BlankMark.ReplaceAllStringFunc(prompt, func(string) string {
		n++
		return fmt.Sprintf(`<input type="text" class="blank" name="%s-b%d" data-blank="%d" autocomplete="off" spellcheck="false" aria-label="%s">`,
			name, n-1, n-1, html.EscapeString(label(r.Site.Config.Language, "blank_n", n)))
	})
	return out, n > 0
}

// quizIndex groups the quizzes by the page they belong to.
type quizIndex struct {
	forPage map[*content.Page][]*quiz.Quiz
	drill   map[*content.Page]*quiz.Quiz
	// practiced holds the courses with a quiz or drill: they have a
	// practice page.
	practiced map[*content.Course]bool
	// counting gives the quizzes each skill point's mastery needs.
	counting map[*content.Page][]string
	// byID finds a quiz by its id.
	byID map[string]*quiz.Quiz
	// version is each quiz's version (quiz.Quiz.Version), made once:
	// every skill point's page names those its mastery needs.
	version map[*quiz.Quiz]string
}

func newQuizIndex(quizzes []*quiz.Quiz, site *content.Site) quizIndex {
	ix := quizIndex{forPage: map[*content.Page][]*quiz.Quiz{}, drill: map[*content.Page]*quiz.Quiz{},
		practiced: map[*content.Course]bool{}, counting: quiz.Counting(quizzes), byID: map[string]*quiz.Quiz{}, version: map[*quiz.Quiz]string{}}
	for _, q := range quizzes {
		ix.byID[q.ID] = q
		if q.Drill {
			ix.drill[q.Target] = q
		} else {
			ix.forPage[q.Target] = append(ix.forPage[q.Target], q)
			ix.version[q] = q.Version()
		}
	}
	for _, c := range site.Courses {
		ix.practiced[c] = ix.hasPractice(c)
	}
	return ix
}

// hasPractice reports whether a course has a quiz or a drill.
func (ix quizIndex) hasPractice(c *content.Course) bool {
	quizzes, drills := ix.practiceCount(c)
	return quizzes+drills > 0
}

// practiceCount is how many quizzes and drills a course has.
func (ix quizIndex) practiceCount(c *content.Course) (quizzes, drills int) {
	for _, ch := range ix.practice(c) {
		quizzes += len(ch.Quizzes)
		drills += len(ch.Drills)
	}
	return quizzes + len(ix.forPage[c.Page]), drills
}

// redrill replaces the drills of the given courses with made.
func (ix quizIndex) redrill(courses []*content.Course, made []*quiz.Quiz) {
	for _, c := range courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				if d := ix.drill[s]; d != nil {
					delete(ix.byID, d.ID)
					delete(ix.drill, s)
				}
			}
		}
	}
	for _, q := range made {
		ix.drill[q.Target], ix.byID[q.ID] = q, q
	}
	for _, c := range courses {
		ix.practiced[c] = ix.hasPractice(c)
	}
}

// practice lists a course's quizzes and drills by chapter.
func (ix quizIndex) practice(c *content.Course) []PracticeChapter {
	var out []PracticeChapter
	for _, ch := range c.Chapters {
		pc := PracticeChapter{Chapter: ch, Quizzes: ix.forPage[ch.Page]}
		for _, s := range ch.Skills {
			pc.Quizzes = append(pc.Quizzes, ix.forPage[s]...)
			if d := ix.drill[s]; d != nil {
				pc.Drills = append(pc.Drills, d)
			}
		}
		out = append(out, pc)
	}
	return out
}
