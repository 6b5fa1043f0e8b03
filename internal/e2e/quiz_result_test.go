package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"skillbook/internal/sitetest"
)

// TestQuizResultFocus checks what follows a quiz's score: the result panel
// takes focus, 重做 shows, and a pass offers the way on — on a quiz's own
// page the first skill point it asks about that the trainee has not read,
// else the page after what it asks about (TestLearningLoop: the next
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
	// passed before reading what it asks about: on to the first of that
	w.expect(`document.querySelector(".quiz-continue a").textContent`, "继续学习：建立完善的培训系统 →")
	w.expect(`document.querySelector(".quiz-continue a").href`, w.base+"service/basics/training/index.html")
	w.eval(readAllAsked)
	w.key(".quiz-retry", kb.Enter)
	answerQuiz(w, "quiz1", basics)
	w.key(".quiz-check", kb.Enter)
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

// TestRetryReshufflesMatch: 重做 puts a match question's right items in a
// new order, the same in every drop-down, and the question still scores.
func TestRetryReshufflesMatch(t *testing.T) {
	site := sitetest.Extract(t, quizSite)
	out := buildSite(t, site)
	ctx, _ := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+"quizzes/basics/", "quiz")
	orders := `[...document.querySelectorAll("#quiz1-pairs select")].map(s => [...s.options].map(o => o.value).join(",")).join(" | ")`
	first, changed := w.eval(orders).(string), false
	w.key(`input[name="quiz1-first-step"][value="c"]`, " ")
	for range 12 {
		w.key(".quiz-check", kb.Enter)
		w.key(".quiz-retry", kb.Enter)
		got := w.eval(orders).(string)
		selects := strings.Split(got, " | ")
		if len(selects) != 2 || selects[0] != selects[1] || !strings.HasPrefix(selects[0], ",") {
			t.Fatalf("the drop-downs after 重做: %q; want one order in both, the empty choice first", got)
		}
		changed = changed || got != first
		w.key(`input[name="quiz1-first-step"][value="c"]`, " ")
	}
	if !changed {
		t.Errorf("twelve times 重做, the match's items stayed %q", first)
	}
}
