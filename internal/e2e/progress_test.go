package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestProgress ticks key points of a bundled skill point and reads it to the
// end: the ticks survive a reload, and the course page counts them beside
// the skill point; passing the chapter's quiz then makes the skill point
// mastered, and the chapter and course counts move; a
// damaged record is set aside with a notice. From file:// and over http.
func TestProgress(t *testing.T) {
	out := buildSite(t, repoRoot)
	m := readManifest(t, out)
	chapter := m.Courses[0].Chapters[1]
	skill := chapter.Skills[0]
	chapterQuiz := loadQuiz(t, repoRoot, "customer-service/staff-training")
	fromDiskAndHTTP(t, out, func(t *testing.T, w walker) {
		base := w.base
		w.freshVisit(base+skill.URL, "skill")
		boxes := `document.querySelectorAll(".keypoints input[data-kp]")`
		if err := chromedp.Do(w.ctx, chromedp.Click(chromedp.CSS(".keypoints li:nth-child(1) input")), chromedp.Click(chromedp.CSS(".keypoints li:nth-child(3) input"))); err != nil {
			t.Fatal(err)
		}
		w.visit(base+skill.URL, "skill")
		if got := w.eval(`[...` + boxes + `].map(b => b.checked ? 1 : 0).join("")`); got != "10100" {
			t.Fatalf("ticks after a reload: %v, want 10100", got)
		}
		// The course page says beside each skill point how far it got.
		itemProgress := `[...document.querySelectorAll(".skill-item")].slice(3, 5).map(e => e.querySelector(".count").textContent).join("|")`
		w.visit(base+m.Courses[0].URL, "course")
		w.expect(itemProgress, "5 个要点 · 已勾选 2 / 5|5 个要点")
		w.visit(base+skill.URL, "skill")
		w.eval(`[...` + boxes + `].forEach(b => { if (!b.checked) b.click(); }); window.scrollTo(0, document.body.scrollHeight)`)
		waitJS(t, w, `!!Skillbook.progress.record().read[`+jsString(skill.ID)+`]`)

		w.visit(base+chapter.URL, "chapter")
		waitJS(t, w, `!document.querySelector(".progress").hidden`)
		w.expect(`document.querySelector(".progress-text").textContent`, "已掌握 0 / 7 个技能点")
		answerQuiz(w, "quiz1", chapterQuiz)
		w.key(".quiz-check", kb.Enter)
		w.expect(`document.querySelector(".quiz-score .quiz-total").textContent`, "得分 9 / 9（100%） · 及格线 80%")
		w.expect(`document.querySelector(".progress-text").textContent`, "已掌握 1 / 7 个技能点")
		w.expect(`[...document.querySelectorAll(".skill-item.mastered")].map(e => Skillbook.idOf(e.querySelector("a"))).join()`, skill.ID)
		// The course contents know the mastered skill point by its link and
		// the print of its key points (no ids in the page), on the next one too.
		w.expect(`[...document.querySelectorAll(".course-nav a[data-kps]")].map(a => a.dataset.state).slice(0, 2).join()`, "mastered,unread")
		w.visit(base+chapter.Skills[1].URL, "skill")
		w.expect(`[...document.querySelectorAll(".course-nav a[data-kps]")].map(a => a.dataset.state).slice(0, 2).join()`, "mastered,reading")
		w.visit(base+m.Courses[0].URL, "course")
		w.expect(`document.querySelector(".progress-text").textContent`, "已掌握 1 / 12 个技能点")
		w.expect(itemProgress, "5 个要点 · 已掌握|5 个要点 · 在读")
		w.visit(base+chapter.Skills[1].URL, "skill") // read to its end, nothing ticked: read, not reading
		w.eval(`window.scrollTo(0, document.body.scrollHeight)`)
		waitJS(t, w, `!!Skillbook.progress.record().read[`+jsString(chapter.Skills[1].ID)+`]`)
		w.visit(base+m.Courses[0].URL, "course")
		w.expect(itemProgress, "5 个要点 · 已掌握|5 个要点 · 已读完")
		w.visit(base+"practice/"+m.Courses[0].URL, "practice")
		w.expect(`document.querySelector('.quiz-item[data-quiz="customer-service/staff-training"] .quiz-best').textContent`, "最好成绩 100% · 通过")

		w.eval(`localStorage.setItem(Skillbook.progress.storageKey, "{not json")`)
		w.visit(base+skill.URL, "skill")
		if got := w.eval(`document.querySelector(".progress-notice").hidden ? "" : document.querySelector(".progress-notice").textContent`); !strings.Contains(got.(string), "已损坏") {
			t.Errorf("notice %q", got)
		}
		if w.eval(`Object.keys(localStorage).some(k => k.includes(":set-aside:") && localStorage.getItem(k) === "{not json")`) != true {
			t.Error("the damaged record was not set aside")
		}
		if got := w.eval(`[...` + boxes + `].filter(b => b.checked).length`); got != 0.0 {
			t.Errorf("%v boxes ticked after the reset", got)
		}
	})
}

func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
