package gift

import (
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"skillbook/internal/quiz"
	"skillbook/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.yaml")

// TestRoundTrip writes every quiz of the bundled course and of the quiz
// test site (every question type) as GIFT and reads it back: the quiz
// keeps its id, title, page, pass mark and shuffling, and every question
// everything a trainee sees — prompt, options, answers, feedback both
// ways, explanation, blanks, steps, pairs, points, skill point.
func TestRoundTrip(t *testing.T) {
	var all []*quiz.Quiz
	for _, site := range []string{"../..", sitetest.Extract(t, "../../build/testdata/sites/quiz.txtar")} {
		files, diags := quiz.Load(site)
		if diags.HasErrors() || len(files) == 0 {
			t.Fatalf("loading the quizzes of %s: %v", site, diags)
		}
		for _, f := range files {
			all = append(all, f.Quiz)
		}
	}
	all = append(all, bothWays())
	types := map[string]bool{}
	for _, want := range all {
		got, problems := Parse(string(Write(want)))
		if len(problems) > 0 {
			t.Errorf("%s: problems reading it back: %v", want.ID, problems)
		}
		if got.ID != want.ID || got.Title != want.Title || got.For != want.For || !reflect.DeepEqual(got.Pass, want.Pass) || got.Shuffle != want.Shuffle {
			t.Errorf("%s: quiz %s %q for %q pass %v, want %s %q for %q pass %v", want.ID, got.ID, got.Title, got.For, got.Pass, want.ID, want.Title, want.For, want.Pass)
		}
		for i := range want.Questions {
			types[want.Questions[i].Type] = true
			want.Questions[i].SkillPage = nil
		}
		if !reflect.DeepEqual(got.Questions, want.Questions) {
			t.Errorf("%s: questions differ after a round trip\n got: %+v\nwant: %+v\nGIFT:\n%s", want.ID, got.Questions, want.Questions, Write(want))
		}
	}
	for _, typ := range []string{quiz.Single, quiz.Multiple, quiz.TrueFalse, quiz.Fill, quiz.Order, quiz.Match} {
		if !types[typ] {
			t.Errorf("no %s question in the round trip", typ)
		}
	}
}

// bothWays is a quiz whose true/false questions have feedback for either
// answer, or only for the right one.
func bothWays() *quiz.Quiz {
	yes, no := true, false
	return &quiz.Quiz{ID: "both-ways", Title: "判断", For: "service", Questions: []quiz.Question{
		{ID: "t", Type: quiz.TrueFalse, Prompt: "对吗？", Answer: &yes, Feedback: quiz.TFReason{True: "对，没错。", False: "不对，是对的。"}},
		{ID: "f", Type: quiz.TrueFalse, Prompt: "错吗？", Answer: &no, Feedback: quiz.TFReason{False: "对，是错的。"}},
		{ID: "r", Type: quiz.TrueFalse, Prompt: "只有答对的反馈", Answer: &yes, Feedback: quiz.TFReason{True: "答对了。"}},
	}}
}

// TestMoodleSeesEveryBlank reads the GIFT of a fill question with two
// blanks as Moodle does — without Skillbook's comment lines — and finds
// each blank's answers in a question of its own.
func TestMoodleSeesEveryBlank(t *testing.T) {
	files, diags := quiz.Load(sitetest.Extract(t, "../../build/testdata/sites/quiz.txtar"))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, f := range files {
		for _, qn := range f.Quiz.Questions {
			if qn.Type != quiz.Fill || len(qn.Blanks) < 2 {
				continue
			}
			one := &quiz.Quiz{ID: "x", Title: "x", For: "x", Questions: []quiz.Question{qn}}
			var plain []string
			for _, line := range strings.Split(string(Write(one)), "\n") {
				if !strings.HasPrefix(line, metaPrefix) {
					plain = append(plain, line)
				}
			}
			moodle, _ := Parse(strings.Join(plain, "\n"))
			if len(moodle.Questions) != len(qn.Blanks) {
				t.Fatalf("%s: Moodle sees %d questions, want one per blank (%d)", qn.ID, len(moodle.Questions), len(qn.Blanks))
			}
			for i, b := range qn.Blanks {
				if got := moodle.Questions[i].Blanks[0].Answers; !reflect.DeepEqual(got, b.Answers) {
					t.Errorf("%s: blank %d reads as %v, want %v", qn.ID, i+1, got, b.Answers)
				}
			}
			return
		}
	}
	t.Fatal("no fill question with several blanks in the quiz site")
}

// TestParseMoodle reads a bank as Moodle writes it and compares the quiz
// with testdata/moodle.yaml (-update rewrites it).
func TestParseMoodle(t *testing.T) {
	src, err := os.ReadFile("testdata/moodle.gift")
	if err != nil {
		t.Fatal(err)
	}
	q, problems := Parse(string(src))
	if len(problems) != 1 || problems[0].Line != 32 {
		t.Errorf("problems %+v, want the essay at line 32", problems)
	}
	got, err := yaml.MarshalWithOptions(q, yaml.UseLiteralStyleIfMultiline(true))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("testdata/moodle.yaml", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/moodle.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("moodle.gift reads as\n%s\nwant\n%s", got, want)
	}
}
