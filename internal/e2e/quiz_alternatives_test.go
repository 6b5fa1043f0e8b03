package e2e

import (
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"skillbook/internal/sitetest"
)

// alternativesQuiz is a quiz whose blank's answer is written as
// alternatives, as a trainer writes it in the quiz file.
const alternativesQuiz = `title: 天数测验
for: service/basics
questions:
  - id: days
    type: fill
    prompt: 培训后___天内要实践。
    blanks:
      - answers: ["28 / 二十八"]
`

// TestAlternatives answers a blank written as "28 / 二十八" with each
// alternative, which are both right, and wrongly, which shows the right
// answer as "28 或 二十八".
func TestAlternatives(t *testing.T) {
	site := sitetest.Extract(t, quizSite)
	sitetest.WriteFile(t, filepath.Join(site, "quizzes", "days.yaml"), []byte(alternativesQuiz))
	out := buildSite(t, site)
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+"quizzes/days/", "quiz")
	for _, answer := range []string{"二十八", "28", "二十八。", "30"} { // 。: as an input method adds it
		w.key(`input[name="quiz1-days-b0"]`, answer)
		w.key(".quiz-check", kb.Enter)
		want := "✓ 回答正确"
		if answer == "30" {
			want = "✗ 回答错误"
		}
		w.expect(`document.querySelector("#quiz1-days .q-verdict").textContent`, want)
		w.expect(`document.querySelector("#quiz1-days .q-answer").innerText`, "28 或 二十八")
		w.key(".quiz-retry", kb.Enter)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestEnterInABlankGoesOn: Enter in a blank (an input method's, a phone
// keyboard's 前往) moves to the next blank, and after the last to 检查答案;
// it hands nothing in. Only 检查答案 checks.
func TestEnterInABlankGoesOn(t *testing.T) {
	site := sitetest.Extract(t, quizSite)
	sitetest.WriteFile(t, filepath.Join(site, "quizzes", "days.yaml"), []byte(alternativesQuiz+`  - id: again
    type: fill
    prompt: 要形成习惯需要___天。
    blanks:
      - answers: ["28"]
`))
	out := buildSite(t, site)
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+"quizzes/days/", "quiz")
	w.key(`input[name="quiz1-days-b0"]`, "二十八。"+kb.Enter)
	waitJS(t, w, `document.activeElement.name === "quiz1-again-b0"`)
	w.key(`input[name="quiz1-again-b0"]`, "28"+kb.Enter)
	waitJS(t, w, `document.activeElement.className === "quiz-check"`)
	w.expect(`[...document.querySelectorAll(".q-verdict, .quiz-score")].map(e => e.textContent).join("")`, "")
	w.expect(`document.querySelector(".quiz-retry").hidden`, true)
	w.key(".quiz-check", kb.Enter)
	w.expect(`document.querySelector("#quiz1-again .q-verdict").textContent`, "✓ 回答正确")
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
