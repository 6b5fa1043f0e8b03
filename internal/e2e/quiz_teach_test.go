package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"skillbook/internal/sitetest"
)

// TestQuizTeaches checks what a quiz shows when it marks: an untouched
// check asks for answers and records nothing; a partly answered check
// names the unanswered questions; every question then shows its right
// answer — options marked right, missed or wrong with an icon and a text,
// the blanks' answers, the right order and the right pairs — and the
// result panel the score against the pass mark with buttons to review;
// the attempt records each wrong question's text with its blanks as ＿＿.
// From file:// and over http.
func TestQuizTeaches(t *testing.T) {
	site := sitetest.Extract(t, quizSite)
	out := buildSite(t, site)
	fromDiskAndHTTP(t, out, func(t *testing.T, w walker) {
		w.freshVisit(w.base+"quizzes/basics/", "quiz")
		w.key(".quiz-check", kb.Enter)
		w.expect(`document.querySelector(".quiz-score").textContent`, "还没有作答：请先回答题目，再检查答案。这次不计分。")
		w.expect(`document.querySelector(".quiz-check").hidden`, false)
		w.expect(`document.querySelectorAll(".q-result:not([hidden])").length`, 0.0)
		w.expect(`JSON.stringify(Skillbook.progress.record().quizzes)`, "{}")

		w.key(`input[name="quiz1-first-step"][value="c"]`, " ") // wrong: 评估培训效果
		w.key(`input[name="quiz1-greeting"][value="a"]`, " ")   // one of two right ones
		w.key(".quiz-check", kb.Enter)
		w.expect(`document.querySelector(".quiz-score .quiz-wrong").textContent`, "答错：第 1 题、第 2 题") // the answered ones, named apart
		w.expect(`[...document.querySelectorAll(".quiz-score .quiz-wrong a")].map(a => a.hash).join(" ")`, "#quiz1-first-step #quiz1-greeting")
		w.expect(`getComputedStyle(document.querySelector("#quiz1-first-step li.is-wrong > label")).outlineStyle`, "none") // the option's one box
		w.expect(`document.querySelector(".quiz-score .quiz-unanswered").textContent`, "没有作答，按答错计：第 3 题、第 4 题、第 5 题、第 6 题")
		w.expect(`document.querySelector("#quiz1-smile .q-verdict").textContent`, "– 没有作答")
		marks := `[...document.querySelectorAll("#%s .q-options li")].map(li => li.className + ":" + (li.querySelector(".q-mark") ? li.querySelector(".q-mark").textContent : "")).join("|")`
		// a single choice's right answer not chosen is the right answer; a multiple choice's is missed
		w.expect(sprintf(marks, "quiz1-first-step"), "is-missed:◯ 正确答案|:|is-wrong:✗ 你选的，错误")
		w.expect(sprintf(marks, "quiz1-greeting"), "is-right:✓ 正确答案，你选对了|is-missed:◯ 正确答案，你漏选了|:")
		w.expect(sprintf(marks, "quiz1-smile"), "is-missed:◯ 正确答案|:")
		// two blanks: a numbered list, blank by blank (its numbers the list's own, no bullet beside them)
		w.expect(`(l => l.tagName + " " + l.innerText)(document.querySelector("#quiz1-polite .q-answer"))`, "OL 礼貌\n主动 或 ＺＨＵ Dong")
		w.expect(`document.querySelector("#quiz1-steps .q-answer-label").textContent`, "正确顺序：")
		w.expect(`document.querySelector("#quiz1-steps .q-answer").innerText`, "培训需求分析\n制订培训计划\n实施培训")
		w.expect(`document.querySelector("#quiz1-pairs .q-answer").innerText`, "培训需求分析 → 知道要培训什么\n评估培训效果 → 知道培训有没有用")
		w.expect(`document.querySelector("#quiz1-first-step .q-explain").textContent.trim()`, "先分析需求，才能制订计划。")
		w.expect(`document.querySelector(".quiz-score .quiz-total").textContent`, "得分 0 / 7（0%） · 及格线 75%")
		w.expect(`[...document.querySelectorAll(".quiz-review-links a.button")].map(a => a.textContent).join("、")`, "建立完善的培训系统、接待客户")
		w.expect(`Skillbook.progress.record().quizzes.basics.attempts[0].wrong.map(x => x.q).join()`, "first-step,greeting,smile,polite,steps,pairs")
		// the quiz says its best score above its questions, on this visit and the next
		w.expect(`document.querySelector(".quiz-meta .quiz-best").textContent`, "最好成绩 0%")
		w.visit(w.base+"quizzes/basics/", "quiz")
		w.expect(`document.querySelector(".quiz-meta .quiz-best").textContent`, "最好成绩 0%")
		// 我的进度 names the questions answered wrong by this text: blanks stay blanks.
		w.expect(`Skillbook.progress.record().quizzes.basics.attempts[0].wrong.filter(x => x.q == "polite")[0].text`, "接待客户要使用＿＿用语，并且＿＿问候客户。")
		w.checkA11y("quiz checked")
	})
}

func sprintf(format, arg string) string { return fmt.Sprintf(format, arg) }
