package e2e

import (
	"testing"
)

// TestWeakSpotsNameQuizzes opens a skill point of the bundled course and
// checks that 我的进度 lists it as not mastered yet with the steps and the
// quiz its mastery still needs, linked, and no longer names the quiz once
// passed.
func TestWeakSpotsNameQuizzes(t *testing.T) {
	w, skill, consoleErrors := freshSkillVisit(t, 0, 0)
	w.visit(w.base+"progress/", "progress")
	waitJS(t, w, `document.getElementById("progress-weak").children.length > 0`)
	w.expect(toDoLine+`(document.querySelector("#progress-weak > li"))`, skill.Title+"：读完本页（读到页末） · 勾选全部牢记要点 0 / 5 · 还需通过：第一章 · 章节测验")
	w.expect(`document.querySelector("#progress-weak a.weak-quiz").href === new URL("quizzes/customer-service/service-ideas/index.html", `+jsString(w.base)+`).href`, true)

	w.eval(`document.dispatchEvent(new CustomEvent("skillbook:quiz", {detail: {quiz: "customer-service/service-ideas", score: 9, total: 9, passed: true, at: Date.now(), missed: []}}))`)
	w.visit(w.base+"progress/", "progress")
	waitJS(t, w, `document.getElementById("progress-weak").children.length > 0`)
	w.expect(toDoLine+`(document.querySelector("#progress-weak > li"))`, skill.Title+"：读完本页（读到页末） · 勾选全部牢记要点 0 / 5")
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
