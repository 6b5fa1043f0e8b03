package e2e

import (
	"testing"

	"github.com/chromedp/chromedp/kb"

	"skillbook/internal/sitetest"
)

// TestQuizUnanswered checks that checking a partly answered quiz colours
// only what the trainee answered: an order question never touched, a
// true/false question not chosen, an empty blank and an unchosen drop-down
// are outlined as unanswered, not marked wrong, while the answered parts
// beside them are marked right or wrong; the score still counts the
// unanswered ones as wrong.
func TestQuizUnanswered(t *testing.T) {
	out := buildSite(t, sitetest.Extract(t, quizSite))
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+"quizzes/basics/", "quiz")
	w.key(`input[name="quiz1-first-step"][value="a"]`, " ")
	w.key(`input[name="quiz1-polite-b0"]`, "礼貌")
	w.key("#quiz1-pairs-m0", kb.ArrowDown)
	w.key(".quiz-check", kb.Enter)

	state := `(sel => { const e = document.querySelector(sel); return ["is-right", "is-wrong", "is-unanswered"].filter(c => e.classList.contains(c)).join() })`
	for sel, want := range map[string]string{
		"#quiz1-steps":      "is-unanswered",
		"#quiz1-smile":      "is-unanswered",
		"#quiz1-polite":     "is-wrong",
		"#quiz1-polite-b0":  "is-right",
		"#quiz1-polite-b1":  "is-unanswered",
		"#quiz1-pairs-m1":   "is-unanswered",
		"#quiz1-first-step": "is-right",
	} {
		if sel == "#quiz1-polite-b0" || sel == "#quiz1-polite-b1" {
			sel = `input[name="` + sel[1:] + `"]`
		}
		w.expect(state+"("+jsString(sel)+")", want)
	}
	w.expect(`document.querySelectorAll("#quiz1-steps li.is-right, #quiz1-steps li.is-wrong").length`, 0.0)
	w.expect(`document.querySelector("#quiz1-pairs-m0").classList.contains("is-unanswered")`, false)
	w.expect(`document.querySelector("#quiz1-steps .q-verdict").textContent`, "– 没有作答")
	w.expect(`document.querySelector("#quiz1-steps .q-verdict").className`, "q-verdict is-unanswered")
	w.expect(`document.querySelector("#quiz1-steps .q-answer").innerText`, "培训需求分析\n制订培训计划\n实施培训")
	w.expect(`document.querySelector(".quiz-score .quiz-unanswered").textContent`, "没有作答，按答错计：第 2 题、第 3 题、第 5 题")

	w.key(".quiz-retry", kb.Enter)
	w.expect(`document.querySelectorAll("form.quiz .is-unanswered, form.quiz .is-right, form.quiz .is-wrong").length`, 0.0)
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
