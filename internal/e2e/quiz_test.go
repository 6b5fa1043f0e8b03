package e2e

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"skillbook/build"
	"skillbook/internal/quiz"
	"skillbook/internal/sitetest"
)

// quizSite is the golden site with a quiz of every question type.
const quizSite = "../../build/testdata/sites/quiz.txtar"

// TestQuizKeyboard answers a quiz of every question type with the keyboard
// only, right and then wrong, and checks the score, the feedback, pass or
// fail, and that the answers are not in the page's source. From file://
// and over http.
func TestQuizKeyboard(t *testing.T) {
	site := sitetest.Extract(t, quizSite)
	out := buildSite(t, site)
	basics := loadQuiz(t, site, "basics")
	fromDiskAndHTTP(t, out, func(t *testing.T, w walker) {
		base := w.base
		w.visit(base+"quizzes/basics/", "quiz")
		for _, secret := range []string{"礼貌", "ＺＨＵ", "一切从需求开始", "先分析需求", "知道培训有没有用\"", "correct"} {
			if w.eval(`document.documentElement.outerHTML.includes(`+jsString(secret)+`)`) == true {
				t.Errorf("the page's source holds %q", secret)
			}
		}
		answerQuiz(w, "quiz1", basics)
		// the first step's ↑ and the last's ↓ say they do nothing, after the moves too
		w.expect(`[...document.querySelectorAll("#quiz1-steps li")].map(li => [...li.querySelectorAll("button.move")].map(b => b.getAttribute("aria-disabled") || "-").join()).join("|")`, "true,-|-,-|-,true")
		w.key(".quiz-check", kb.Enter)
		w.expect(`document.querySelector(".quiz-score .quiz-verdict").textContent`, "✓ 通过")
		w.expect(`document.querySelector(".quiz-score .quiz-total").textContent`, "得分 7 / 7（100%） · 及格线 75%")
		w.expect(`[...document.querySelectorAll("fieldset.question")].map(f => f.classList.contains("is-right") ? 1 : 0).join("")`, "111111")
		w.expect(`document.querySelector("#quiz1-first-step li.is-right .q-feedback").textContent.trim()`, "对，一切从需求开始。")
		w.expect(`document.querySelector("#quiz1-first-step .q-explain").textContent.trim()`, "先分析需求，才能制订计划。")
		w.checkA11y("quiz")

		w.key(".quiz-retry", kb.Enter)
		w.expect(`document.activeElement.name + " " + document.querySelectorAll("form.quiz :disabled").length + " " + document.querySelector(".quiz-score").textContent`, "quiz1-first-step 0 ")
		w.key(`input[name="quiz1-first-step"][value="b"]`, " ")
		w.key(`input[name="quiz1-polite-b0"]`, "礼 貌")
		w.key(`input[name="quiz1-polite-b1"]`, " ｚｈｕ  DONG")
		w.key(".quiz-check", kb.Enter)
		w.expect(`document.querySelector(".quiz-score .quiz-verdict").textContent`, "✗ 未通过")
		w.expect(`document.querySelector(".quiz-score .quiz-total").textContent`, "得分 0 / 7（0%） · 及格线 75%")
		w.expect(`document.querySelector(".quiz-score .quiz-wrong").textContent`, "答错：第 1 题、第 4 题")
		w.expect(`document.querySelector(".quiz-score .quiz-unanswered").textContent`, "没有作答，按答错计：第 2 题、第 3 题、第 5 题、第 6 题")
		w.expect(`document.querySelector("#quiz1-first-step li.is-wrong .q-feedback").textContent.trim()`, "实施在计划之后。")
		w.expect(`document.querySelector("#quiz1-first-step .q-review a").textContent`, "建立完善的培训系统")
		w.expect(`document.querySelector("#quiz1-polite .q-verdict").textContent`, "✗ 回答错误（1 / 2 空正确）")
		w.expect(`document.querySelector('input[name="quiz1-polite-b1"]').className`, "blank is-right")
	})
}

// answerQuiz answers every question of quiz q rightly, with keys only;
// prefix is the form's prefix on the page (quiz1 for the first).
func answerQuiz(w walker, prefix string, q *quiz.Quiz) {
	for _, qn := range q.Questions {
		name := prefix + "-" + qn.ID
		switch qn.Type {
		case quiz.Single, quiz.Multiple:
			for i, o := range qn.Options {
				if o.Correct {
					w.key(`input[name="`+name+`"][value="`+string(rune('a'+i))+`"]`, " ")
				}
			}
		case quiz.TrueFalse:
			w.key(`input[name="`+name+`"][value="`+strconv.FormatBool(*qn.Answer)+`"]`, " ")
		case quiz.Fill:
			for i, b := range qn.Blanks {
				w.key(`input[name="`+name+`-b`+strconv.Itoa(i)+`"]`, b.Answers[0])
			}
		case quiz.Order:
			orderSteps(w, "#"+name, qn.Steps)
		case quiz.Match:
			for i, p := range qn.Pairs {
				sel := "#" + name + "-m" + strconv.Itoa(i)
				for n := 0; n <= len(qn.Pairs) && w.eval(`document.querySelector("`+sel+`").selectedOptions[0].textContent`) != p.Right; n++ {
					w.key(sel, kb.ArrowDown)
				}
			}
		}
	}
}

// orderSteps moves the steps of an order question into the given order
// with the move-up buttons.
func orderSteps(w walker, fieldset string, steps []string) {
	for i, step := range steps {
		for n := 0; n < len(steps); n++ {
			at := int(w.eval(`[...document.querySelectorAll("` + fieldset + ` li .step")].findIndex(s => s.textContent === ` + jsString(step) + `)`).(float64))
			if at == i {
				break
			}
			w.key(fieldset+` li:nth-child(`+strconv.Itoa(at+1)+`) button[data-move="-1"]`, kb.Enter)
		}
	}
}

// loadQuiz reads one quiz file of a site.
func loadQuiz(t *testing.T, site, id string) *quiz.Quiz {
	t.Helper()
	files, diags := quiz.Load(site)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, f := range files {
		if f.Quiz.ID == id {
			return f.Quiz
		}
	}
	t.Fatalf("no quiz %s in %s", id, site)
	return nil
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

// TestDrill opens the drill of a skill point on the drill page, answers it
// with the keyboard, and checks the score, the progress record, where
// 继续学习 leads and the best score it shows, also opened by a link without
// the last slash; a
// drill that does not exist says so. From file:// and over http.
func TestDrill(t *testing.T) {
	site := sitetest.Extract(t, quizSite)
	out := filepath.Join(t.TempDir(), "public")
	res := build.Build(build.Options{SiteDir: site, OutDir: out})
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	var drill *quiz.Quiz
	for _, q := range res.Quizzes {
		if q.ID == "drill/service/basics/training" {
			drill = q
		}
	}
	if drill == nil {
		t.Fatal("no drill for service/basics/training")
	}
	fromDiskAndHTTP(t, out, func(t *testing.T, w walker) {
		base := w.base
		w.visit(base+"service/basics/training/", "skill")
		w.eval(`localStorage.clear()`)
		w.eval(`location.href = document.querySelector("a.drill-link").href`)
		waitJS(t, w, `!!document.querySelector("#drill form.quiz")`)
		w.checkA11y("drill")
		w.expect(`document.title`, "建立完善的培训系统 · 牢记要点练习 · 测验站")
		answerQuiz(w, "quiz1", drill)
		w.key(".quiz-check", kb.Enter)
		total := strconv.Itoa(len(drill.Questions))
		w.expect(`document.querySelector(".quiz-score .quiz-total").textContent`, "得分 "+total+" / "+total+"（100%） · 及格线 80%")
		w.expect(`Skillbook.progress.record().quizzes["drill/service/basics/training"].passed`, true)
		w.expect(`document.querySelector(".quiz-meta .quiz-best").textContent`, "最好成绩 100% · 通过")
		// 继续学习 leads to the chapter's next skill point, not back to the one drilled
		w.expect(`document.querySelector(".quiz-continue a").textContent`, "继续学习：接待客户 →")
		w.expect(`/\/service\/basics\/greeting\/(index\.html)?$/.test(document.querySelector(".quiz-continue a").href)`, true)

		// Opened again, by a link without the URL's last slash: its best score.
		w.visit(base+"drills/?s=service/basics/training", "drill")
		waitJS(t, w, `!!document.querySelector("#drill form.quiz .quiz-best")`)
		w.expect(`document.querySelector(".quiz-meta .quiz-best").textContent`, "最好成绩 100% · 通过")

		w.visit(base+"drills/?s=service/basics/gone/", "drill")
		waitJS(t, w, `document.querySelector(".drill-status").textContent.includes("找不到")`)
		w.visit(base+"drills/", "practice") // no drill named: the practice page, which lists the drills
	})
}
