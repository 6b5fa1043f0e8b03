package e2e

import (
	"testing"

	"github.com/chromedp/chromedp/kb"

	"skillbook/internal/sitetest"
)

// TestQuizResultFocus checks what follows a quiz's score: the result panel
// takes focus, 重做 shows, and a pass offers the way on — on a quiz's own
// page the page after what it asks about (TestLearningLoop: the next
// chapter), here, after the fixture's only (so last) chapter, its course,
// not the chapter just done; on a skill point without a next one to its
// chapter — while a fail
// offers none. On a phone, the way on wraps
// rather than run off the screen.
func TestQuizResultFocus(t *testing.T) {
	site := sitetest.Extract(t, quizSite)
	out := buildSite(t, site)
	basics := loadQuiz(t, site, "basics")
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+"quizzes/basics/", "quiz")
	w.key(`input[name="quiz1-first-step"][value="c"]`, " ")
	w.key(".quiz-check", kb.Enter)
	w.expect(`document.activeElement.className`, "quiz-score is-failed")
	w.expect(`document.querySelector(".quiz-retry").hidden + " " + document.querySelector(".quiz-retry").textContent`, "false 重做")
	w.expect(`document.querySelector(".quiz-continue") === null`, true)

	w.key(".quiz-retry", kb.Enter)
	answerQuiz(w, "quiz1", basics)
	w.key(".quiz-check", kb.Enter)
	w.expect(`document.activeElement.className`, "quiz-score is-passed")
	w.expect(`document.querySelector(".quiz-continue a").textContent`, "继续学习：服务课程 →")
	w.expect(`document.querySelector(".quiz-continue a").href`, w.base+"service/index.html")
	w.setWidth(390) // a long chapter title wraps on a phone, inside the screen
	w.eval(`document.querySelector(".quiz-continue a").textContent = "继续学习：第二章 客户服务人员培训——客户服务人员的素质与技能要求 →"; true`)
	w.expect(`document.documentElement.scrollWidth <= innerWidth`, true)

	w.visit(w.base+"service/basics/greeting/", "skill")
	w.key(`input[name="quiz1-q1"][value="false"]`, " ")
	w.key(".quiz-check", kb.Enter)
	w.expect(`document.activeElement.className`, "quiz-score is-passed")
	w.expect(`document.querySelector(".quiz-continue a").textContent`, "继续学习：第一章 基础 →")
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
