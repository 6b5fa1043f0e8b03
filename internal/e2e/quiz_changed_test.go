package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"skillbook/build"
	"skillbook/internal/sitetest"
)

// TestQuizChangedSinceTaken passes a quiz; then the trainer rewords a
// question and adds one. The quiz page says so and marks both, and the
// best score it and the chapter page show is the one before the change,
// so said, until the quiz is taken again: then the new attempt's, with
// the pass before still named. The pass before counts for mastery until
// the changed quiz is taken, and failed, then no more. Coming back, the page shows the last
// attempt's score and the questions it got wrong.
func TestQuizChangedSinceTaken(t *testing.T) {
	site := sitetest.Extract(t, quizSite)
	out, w := servedForEdits(t, site)
	basics := loadQuiz(t, site, "basics")
	best := `document.querySelector(".quiz-meta .quiz-best").textContent`
	w.visit(w.base+"quizzes/basics/", "quiz")
	w.eval(`localStorage.clear(); true`)
	answerQuiz(w, "quiz1", basics)
	w.key(".quiz-check", kb.Enter)
	w.expect(best, "最好成绩 100% · 通过")
	passedStep := `document.querySelector("section.mastery li[data-quiz='basics'] .mastery-state").textContent`
	w.visit(w.base+"service/basics/greeting/", "skill")
	w.expect(passedStep, "已通过")

	file := filepath.Join(site, "quizzes/basics.yaml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(src), "prompt: 接待客户时应面带微笑。", "prompt: 接待客户时始终应面带微笑。", 1) +
		"  - id: wait\n    type: truefalse\n    prompt: 可以让客户等待。\n    answer: false\n"
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := build.Build(build.Options{SiteDir: site, OutDir: out}); res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	w.visit(w.base+"quizzes/basics/", "quiz")
	w.expect(`document.querySelector(".quiz-changed").textContent`, "此测验在你上次作答后有更新：新增 1 题、修改 1 题。")
	w.expect(`[...document.querySelectorAll("fieldset.question")].map(f => f.dataset.q + (f.querySelector(".q-changed-mark") ? ":" + f.querySelector(".q-changed-mark").textContent : "")).join(" ")`,
		"first-step greeting smile:已修改 polite steps pairs wait:新题")
	w.expect(best, "更新前最好成绩 100%（已通过）")
	w.visit(w.base, "home") // which names the quiz taken that has changed since
	waitJS(t, w, `(document.querySelector(".course-updated") || {}).textContent === "课程有更新。做过后有更新的测验：第一章测验"`)
	w.visit(w.base+"service/basics/", "chapter")
	w.expect(`document.querySelector("[data-quiz='basics'] .quiz-best").textContent`, "更新前最好成绩 100%（已通过）")
	w.visit(w.base+"service/basics/greeting/", "skill") // a skill point the quiz asks about: the pass counts, and is called what it is
	w.expect(passedStep, "更新前已通过，可再做一次")

	w.visit(w.base+"quizzes/basics/", "quiz")
	w.key(`input[name="quiz1-first-step"][value="b"]`, " ")
	w.key(".quiz-check", kb.Enter)
	w.expect(best, "最好成绩 0% · 更新前 100%（已通过）")
	w.expect(`document.querySelectorAll(".quiz-changed, .q-changed-mark").length`, 0.0)
	w.visit(w.base+"service/basics/greeting/", "skill") // failed since it changed: the pass before counts no more
	w.expect(passedStep, "去做测验")
	w.visit(w.base+"progress/", "progress") // the history tells the attempts before the change
	waitJS(t, w, `!document.getElementById("quiz-history").hidden`)
	w.expect(`[...document.querySelectorAll("#quiz-history tbody tr")].map(tr => tr.cells[1].textContent).join("|")`, "0 / 8（0%）|7 / 7（100%）（测验更新前）")

	// Back on the page later: the last score and the questions it got
	// wrong, linked and marked, until it is checked again.
	w.visit(w.base+"quizzes/basics/", "quiz")
	w.expect(`document.querySelector(".quiz-last").textContent`, "上次得分 0 / 8（0%）。上次答错：第 1 题、第 2 题、第 3 题、第 4 题、第 5 题、第 6 题、第 7 题")
	w.expect(`document.querySelector(".quiz-last a").getAttribute("href") + " " + document.querySelectorAll("legend .q-last-wrong").length`, "#quiz1-first-step 7")
	w.key(`input[name="quiz1-wait"][value="false"]`, " ")
	w.key(".quiz-check", kb.Enter)
	w.expect(`document.querySelectorAll(".quiz-last, .q-last-wrong").length`, 0.0)
}
