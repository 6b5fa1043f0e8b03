// Package quiz reads the quizzes of quizzes/, checks them, generates drills
// from the key points of skill points, and turns questions into what a page
// needs to score them without showing the answers.
package quiz

import (
	"net/url"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/portable"
)

// Dir is the folder of a site that holds its quizzes.
const Dir = "quizzes"

// DefaultPass is the fraction of points that passes a quiz unless it says.
const DefaultPass = 0.8

// The question types.
const (
	Single    = "single"
	Multiple  = "multiple"
	TrueFalse = "truefalse"
	Fill      = "fill"
	Order     = "order"
	Match     = "match"
)

// Types lists the question types, in the order the documentation gives them.
var Types = []string{Single, Multiple, TrueFalse, Fill, Order, Match}

// Quiz is a quiz file, or a drill generated from a skill point's key points.
type Quiz struct {
	Title     string     `yaml:"title"`
	For       string     `yaml:"for"`
	Pass      *float64   `yaml:"pass,omitempty"`
	Shuffle   bool       `yaml:"shuffle,omitempty"`
	Questions []Question `yaml:"questions"`
	// Aliases are addresses the quiz's page had before
	// (quizzes/customer-service/service-ideas): each leads to it.
	Aliases []string `yaml:"aliases,omitempty"`

	// ID is the file's path in quizzes/ without its extension ("drill/" and
	// the skill point's id for a drill); Path is the file's path from the
	// site root, empty for a drill.
	ID   string `yaml:"-"`
	Path string `yaml:"-"`
	// Target is the page the quiz belongs to, set when the quiz is linked.
	Target *content.Page `yaml:"-"`
	// Drill is set for the quizzes the build generates; their prompts and
	// texts are plain text, not Markdown.
	Drill bool `yaml:"-"`
}

// URL is where the quiz has a page of its own, relative to the output root:
// a drill is shown by the drill page, told which by a query.
func (q *Quiz) URL() string {
	if q.Drill {
		return "drills/?s=" + url.QueryEscape(q.Target.URL)
	}
	names := strings.Split(q.ID, "/")
	for i, n := range names {
		names[i] = portable.Name(n)
	}
	return Dir + "/" + strings.Join(names, "/") + "/"
}

// PassMark returns the fraction of points that passes the quiz.
func (q *Quiz) PassMark() float64 {
	if q.Pass == nil {
		return DefaultPass
	}
	return *q.Pass
}

// Question is one question of a quiz. Which fields it uses depends on Type.
type Question struct {
	ID      string `yaml:"id"`
	Type    string `yaml:"type"`
	Prompt  string `yaml:"prompt"`
	Explain string `yaml:"explain,omitempty"`
	Skill   string `yaml:"skill,omitempty"`
	Points  *int   `yaml:"points,omitempty"`
	// Options are the choices of single and multiple questions.
	Options []Option `yaml:"options,omitempty"`
	// Answer is the right answer of a truefalse question; Feedback says why,
	// after the trainee chose true or false.
	Answer   *bool    `yaml:"answer,omitempty"`
	Feedback TFReason `yaml:"feedback,omitempty"`
	// Blanks are a fill question's blanks, in the order of the ___ marks in
	// its prompt.
	Blanks []Blank `yaml:"blanks,omitempty"`
	// Steps are an order question's steps, in the right order.
	Steps []string `yaml:"steps,omitempty"`
	// Pairs are a match question's pairs.
	Pairs []Pair `yaml:"pairs,omitempty"`

	// SkillPage is the skill point named by Skill, set when linked.
	SkillPage *content.Page `yaml:"-"`
}

// Worth returns the points the question is worth: 1 unless it says.
func (q *Question) Worth() int {
	if q.Points == nil {
		return 1
	}
	return *q.Points
}

// Option is a choice of a single or multiple question.
type Option struct {
	Text     string `yaml:"text"`
	Correct  bool   `yaml:"correct,omitempty"`
	Feedback string `yaml:"feedback,omitempty"`
}

// TFReason is the feedback of a truefalse question for each answer.
type TFReason struct {
	True  string `yaml:"true,omitempty"`
	False string `yaml:"false,omitempty"`
}

// UnmarshalYAML reads the feedback as docs/quizzes.md writes it, `true:`
// and `false:` unquoted: YAML reads such keys as booleans, which match no
// field of a struct, so the feedback was dropped without a word.
func (r *TFReason) UnmarshalYAML(unmarshal func(any) error) error {
	var byAnswer map[string]string
	if err := unmarshal(&byAnswer); err != nil {
		return err
	}
	r.True, r.False = byAnswer["true"], byAnswer["false"]
	return nil
}

// Blank is a blank of a fill question and the answers it accepts.
type Blank struct {
	Answers []string `yaml:"answers"`
}

// Pair is a left item and the right item it matches.
type Pair struct {
	Left  string `yaml:"left"`
	Right string `yaml:"right"`
}

// Counting maps each skill point to the quizzes whose passing its mastery
// needs: the quizzes for it, and those with a question about it. Drills
// are practice and count for nothing.
func Counting(quizzes []*Quiz) map[*content.Page][]string {
	out := map[*content.Page][]string{}
	add := func(p *content.Page, id string) {
		if p != nil && p.Kind == content.KindSkill && !slices.Contains(out[p], id) {
			out[p] = append(out[p], id)
		}
	}
	for _, q := range quizzes {
		if q.Drill {
			continue
		}
		add(q.Target, q.ID)
		for _, qn := range q.Questions {
			add(qn.SkillPage, q.ID)
		}
	}
	return out
}
