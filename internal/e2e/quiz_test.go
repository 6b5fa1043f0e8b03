package e2e

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"skillbook/internal/sitetest"
)

// quizSite is the golden site with a quiz of every question type.
const quizSite = "../../build/testdata/sites/quiz.txtar"

// TestQuizKeyboard answers a quiz of every question type with the keyboard
// only, right and then wrong, and checks the score, the feedback, pass or
// fail, and that the answers are not in the page's source. From file://
// and over http.
func TestQuizKeyboard(t *testing.T) {
	out := buildSite(t, sitetest.Extract(t, quizSite))
	ctx, consoleErrors := browser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	for _, base := range []string{"file://" + out + "/", srv.URL + "/"} {
		t.Run(strings.SplitN(base, ":", 2)[0], func(t *testing.T) {
			w := walker{t: t, ctx: ctx, base: base, axe: axeSource(t)}
			w.visit(base+"quizzes/basics/", "quiz")
			for _, secret := range []string{"礼貌", "ＺＨＵ", "一切从需求开始", "先分析需求", "知道培训有没有用\"", "correct"} {
				if w.eval(`document.documentElement.outerHTML.includes(`+jsString(secret)+`)`) == true {
					t.Errorf("the page's source holds %q", secret)
				}
			}
			answerRight(w)
			w.key(".quiz-check", kb.Enter)
			w.expect(`document.querySelector(".quiz-score").textContent`, "得分 7 / 7（100%） · 通过")
			w.expect(`[...document.querySelectorAll("fieldset.question")].map(f => f.classList.contains("is-right") ? 1 : 0).join("")`, "111111")
			w.expect(`document.querySelector("#quiz1-first-step li.is-right .q-feedback").textContent.trim()`, "对，一切从需求开始。")
			w.expect(`document.querySelector("#quiz1-first-step .q-explain").textContent.trim()`, "先分析需求，才能制订计划。")
			w.checkA11y("quiz")

			w.key(".quiz-retry", kb.Enter)
			w.expect(`document.activeElement.name + " " + document.querySelectorAll("form.quiz :disabled").length + " " + document.querySelector(".quiz-score").textContent`, "quiz1-first-step 0 ")
			w.key(`input[name="quiz1-first-step"][value="b"]`, " ")
			w.key(`input[name="quiz1-polite-b0"]`, "礼 貌")
			w.key(".quiz-check", kb.Enter)
			w.expect(`document.querySelector(".quiz-score").textContent`, "得分 0 / 7（0%） · 未通过 · 还有题目没有作答；没有作答的题按答错计。")
			w.expect(`document.querySelector("#quiz1-first-step li.is-wrong .q-feedback").textContent.trim()`, "实施在计划之后。")
			w.expect(`document.querySelector("#quiz1-first-step .q-review a").textContent`, "建立完善的培训系统")
			w.expect(`document.querySelector("#quiz1-polite .q-verdict").textContent`, "✗ 回答错误")
			if errs := consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}

// answerRight answers every question of the basics quiz rightly, with keys.
func answerRight(w walker) {
	w.key(`input[name="quiz1-first-step"][value="a"]`, " ")
	w.key(`input[name="quiz1-greeting"][value="a"]`, " ")
	w.key(`input[name="quiz1-greeting"][value="b"]`, " ")
	w.key(`input[name="quiz1-smile"][value="true"]`, " ")
	w.key(`input[name="quiz1-polite-b0"]`, "礼貌")
	w.key(`input[name="quiz1-polite-b1"]`, " ｚｈｕ  DONG")
	for i, step := range []string{"培训需求分析", "制订培训计划", "实施培训"} {
		for n := 0; n < 3; n++ {
			at := w.eval(`[...document.querySelectorAll("#quiz1-steps li .step")].findIndex(s => s.textContent === ` + jsString(step) + `)`).(float64)
			if int(at) == i {
				break
			}
			w.key(`#quiz1-steps li:nth-child(`+strconv.Itoa(int(at)+1)+`) button[data-move="-1"]`, kb.Enter)
		}
	}
	for i, right := range []string{"知道要培训什么", "知道培训有没有用"} {
		sel := `#quiz1-pairs-m` + strconv.Itoa(i)
		for n := 0; n < 3 && w.eval(`document.querySelector("`+sel+`").selectedOptions[0].textContent`) != right; n++ {
			w.key(sel, kb.ArrowDown)
		}
	}
}

// key focuses the element and types keys into it.
func (w walker) key(sel, keys string) {
	w.t.Helper()
	if err := chromedp.Do(w.ctx, chromedp.Focus(chromedp.CSS(sel)), chromedp.KeyEvent(keys)); err != nil {
		w.t.Fatalf("typing into %s: %v", sel, err)
	}
}

// expect evaluates js and fails the test unless it gives want.
func (w walker) expect(js string, want any) {
	w.t.Helper()
	if got := w.eval(js); got != want {
		w.t.Errorf("%s = %v, want %v", js, got, want)
	}
}
