package quiz

import "testing"

// TestVersion: a question's version follows what the trainee answers, not
// its explanation, feedback or skill point; a quiz's follows its questions
// in any order.
func TestVersion(t *testing.T) {
	yes := true
	base := func() Question {
		return Question{ID: "q", Type: Single, Prompt: "接待客户时应该？", Options: []Option{{Text: "微笑", Correct: true}, {Text: "等待"}}}
	}
	v := func(q Question) string { return q.Version() }
	b := base()
	for name, edit := range map[string]func(q *Question){
		"prompt": func(q *Question) { q.Prompt = "接待客户时始终应该？" },
		"option": func(q *Question) { q.Options[1].Text = "让客户等待" },
		"answer": func(q *Question) { q.Options[1].Correct = true },
		"points": func(q *Question) { two := 2; q.Points = &two },
		"type":   func(q *Question) { q.Type = Multiple },
		"truth":  func(q *Question) { q.Answer = &yes },
		"blank":  func(q *Question) { q.Blanks = []Blank{{Answers: []string{"礼貌"}}} },
		"steps":  func(q *Question) { q.Steps = []string{"一", "二"} },
		"pairs":  func(q *Question) { q.Pairs = []Pair{{"左", "右"}} },
	} {
		q := base()
		edit(&q)
		if v(q) == v(b) {
			t.Errorf("%s: the version did not change", name)
		}
	}
	for name, edit := range map[string]func(q *Question){
		"explain":  func(q *Question) { q.Explain = "因为……" },
		"feedback": func(q *Question) { q.Options[0].Feedback = "对。" },
		"skill":    func(q *Question) { q.Skill = "cs/basics/greeting" },
	} {
		q := base()
		edit(&q)
		if v(q) != v(b) {
			t.Errorf("%s: the version changed", name)
		}
	}
	other := base()
	other.ID, other.Prompt = "r", "另一题"
	ab, ba := Quiz{Questions: []Question{b, other}}, Quiz{Questions: []Question{other, b}}
	if ab.Version() != ba.Version() || len(ab.Version()) != 8 {
		t.Errorf("a quiz's version depends on its questions' order: %s, %s", ab.Version(), ba.Version())
	}
	if one := (Quiz{Questions: []Question{b}}); one.Version() == ab.Version() {
		t.Error("a question added leaves the quiz's version")
	}
}
