package gift

import (
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/goccy/go-yaml"

	"skillbook/internal/quiz"
	"skillbook/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.yaml")

// TestRoundTrip writes every quiz of the quiz test site as GIFT and reads
// it back: every question keeps its prompt, answers and feedback, and the
// quiz its title, page and pass mark.
func TestRoundTrip(t *testing.T) {
	files, diags := quiz.Load(sitetest.Extract(t, "../../build/testdata/sites/quiz.txtar"))
	if diags.HasErrors() || len(files) == 0 {
		t.Fatalf("loading the quizzes: %v", diags)
	}
	for _, f := range files {
		want := f.Quiz
		got, problems := Parse(string(Write(want)))
		if len(problems) > 0 {
			t.Errorf("%s: problems reading it back: %v", want.ID, problems)
		}
		if got.Title != want.Title || got.For != want.For || !reflect.DeepEqual(got.Pass, want.Pass) || got.Shuffle != want.Shuffle {
			t.Errorf("%s: quiz %q for %q pass %v, want %q for %q pass %v", want.ID, got.Title, got.For, got.Pass, want.Title, want.For, want.Pass)
		}
		if !reflect.DeepEqual(got.Questions, want.Questions) {
			t.Errorf("%s: questions differ after a round trip\n got: %+v\nwant: %+v\nGIFT:\n%s", want.ID, got.Questions, want.Questions, Write(want))
		}
	}
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
