package quiz

import (
	"strings"
	"testing"
)

// TestBundledQuizzes: the bundled course has a quiz for every chapter, its
// questions name every skill point, and every question type is used.
func TestBundledQuizzes(t *testing.T) {
	site := loadBundled(t)
	files, diags := Load("../..")
	quizzes, more := Link(files, site, nil)
	if diags = append(diags, more...); diags.HasErrors() {
		t.Fatal(diags)
	}
	chapters, skills, types := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, q := range quizzes {
		chapters[q.Target.ID] = true
		for _, qn := range q.Questions {
			types[qn.Type] = true
			if qn.SkillPage != nil {
				skills[qn.SkillPage.ID] = true
			}
		}
	}
	for _, c := range site.Courses {
		for _, ch := range c.Chapters {
			if !chapters[ch.Page.ID] {
				t.Errorf("chapter %s has no quiz", ch.Page.ID)
			}
		}
	}
	for _, s := range site.Skills() {
		if !skills[s.ID] {
			t.Errorf("no question covers skill point %s", s.ID)
		}
	}
	for _, typ := range Types {
		if !types[typ] {
			t.Errorf("no bundled question is of type %s", typ)
		}
	}
}

// TestBundledTrueFalseFeedback: feedback written `true:` unquoted, as
// docs/quizzes.md shows it (YAML reads the key as a boolean), is kept.
func TestBundledTrueFalseFeedback(t *testing.T) {
	files, diags := Load("../..")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, f := range files {
		for _, qn := range f.Quiz.Questions {
			if f.Quiz.ID == "customer-service/staff-training" && qn.ID == "frontline-only" {
				if want := "原文：“客户服务培训并非只是一线员工的事情"; !strings.HasPrefix(qn.Feedback.True, want) {
					t.Errorf("feedback on true: %q, want it to begin %q", qn.Feedback.True, want)
				}
				return
			}
		}
	}
	t.Fatal("no question frontline-only in quizzes/customer-service/staff-training.yaml")
}
