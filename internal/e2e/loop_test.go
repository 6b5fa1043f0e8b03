package e2e

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"skillbook/internal/manifest"
	"skillbook/internal/quiz"
)

// TestLearningLoop walks the loop on the bundled course as a trainee: read
// a chapter's last skill point and tick its key points, see that mastery
// still needs the chapter quiz, take it from the panel's link, fail and
// see the right answers, pass, see the skill point mastered and the
// chapter's count move, the pager lead on past the quiz, and 继续学习 go
// on to the next skill point left. From file:// and over http.
func TestLearningLoop(t *testing.T) {
	out := buildSite(t, repoRoot)
	m := readManifest(t, out)
	chapter := m.Courses[0].Chapters[0]
	skill := chapter.Skills[len(chapter.Skills)-1]
	after := m.Courses[0].Chapters[1].Skills[0]
	chapterQuiz := loadQuiz(t, repoRoot, "customer-service/service-ideas")
	fromDiskAndHTTP(t, out, func(t *testing.T, w walker) {
		w.freshVisit(w.base+skill.URL, "skill")
		w.expect(`document.querySelector(".mastery h2").textContent`, "掌握本技能点需要：")
		w.expect(`document.querySelector(".mastery-rule").textContent`, "已掌握的标准：读完本页（读到页末）、勾选全部牢记要点、通过相关测验。")
		w.eval(`document.querySelectorAll(".keypoints input[data-kp]").forEach(b => b.click()); window.scrollTo(0, document.body.scrollHeight)`)
		waitJS(t, w, `document.querySelector('.mastery li[data-need="read"]').classList.contains("is-done")`)
		n := len(skill.KeyPointIDs)
		w.expect(`[...document.querySelectorAll(".mastery li")].map(li => (li.classList.contains("is-done") ? "✓" : "○") + li.textContent.trim().replace(/\s+/g, " ")).join("|")`,
			"✓✓ 读完本页（读到页末）|✓✓ 勾选全部牢记要点 "+strconv.Itoa(n)+" / "+strconv.Itoa(n)+"|○○ "+chapterQuiz.Title+" 去做测验")
		w.expect(`document.querySelector(".pager a.next").textContent`, "本章测验 "+chapterQuiz.Title)
		w.expect(`document.querySelector('.mastery li[data-need="quiz"] a').textContent`, chapterQuiz.Title+" 去做测验") // all of it a link
		// on a phone the link is a flex box, which drops the space before 去做测验: it stands apart
		w.setWidth(390)
		w.expect(`(a => { const r = document.createRange(); r.selectNodeContents(a.firstChild); const t = r.getBoundingClientRect(), s = a.querySelector(".mastery-state").getBoundingClientRect(); return s.left - t.right >= 3 || s.top >= t.bottom; })(document.querySelector('.mastery li[data-need="quiz"] a'))`, true)
		w.setWidth(desktopWidth)

		w.eval(`location.href = document.querySelector('.mastery li[data-need="quiz"] a').href`)
		waitJS(t, w, `document.body.classList.contains("kind-quiz") && document.readyState === "complete"`)
		w.key(`input[name="quiz1-attract-means"][value="b"]`, " ")
		w.key(".quiz-check", kb.Enter)
		w.expect(`document.querySelector(".quiz-verdict").textContent`, "✗ 未通过")
		w.expect(`document.querySelector("#quiz1-attract-means .q-mark-missed").closest("li").textContent.includes("尊重客户权利")`, true)
		w.key(".quiz-retry", kb.Enter)
		answerQuiz(w, "quiz1", chapterQuiz)
		w.key(".quiz-check", kb.Enter)
		w.expect(`document.querySelector(".quiz-verdict").textContent`, "✓ 通过")
		// passed before the chapter's other pages were read: on to the first of them it asks about, not past the chapter
		w.expect(`document.querySelector(".quiz-continue a").textContent`, "继续学习："+firstUnread(t, chapterQuiz, chapter.Skills, skill.ID).Title+" →")
		w.eval(`window.before = JSON.stringify(Skillbook.progress.record()); true`)
		w.eval(readAllAsked)
		w.key(".quiz-retry", kb.Enter)
		answerQuiz(w, "quiz1", chapterQuiz)
		w.key(".quiz-check", kb.Enter)
		w.expect(`document.querySelector(".quiz-continue a").textContent`, "继续学习："+after.Title+" →") // all read: the next chapter's first
		// as before: only the one skill point read
		w.expect(`Skillbook.progress.replace(JSON.parse(window.before))`, true)

		w.visit(w.base+skill.URL, "skill")
		w.expect(`document.querySelector(".mastery h2").textContent`, "已掌握本技能点。")
		w.expect(`document.querySelector(".pager a.next").textContent`, "下一节 "+after.Title)
		if err := chromedp.Do(w.ctx, chromedp.Click(chromedp.CSS(".pager a.next"))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, w, `location.href.includes(`+jsString(strings.TrimSuffix(after.URL, "/"))+`)`)

		w.visit(w.base+chapter.URL, "chapter")
		w.expect(`document.querySelector(".progress-text").textContent`, "已掌握 1 / "+strconv.Itoa(len(chapter.Skills))+" 个技能点")
		w.expect(`document.querySelector(".chapter-practice [data-quiz] .quiz-best").textContent`, "最好成绩 100% · 通过") // at the top, by its button
		// the one last worked on is mastered, the next only looked at: 继续学习 goes on to it (the
		// chapter's first, never read, comes round after the course's end)
		w.visit(w.base+skill.URL, "skill")
		w.visit(w.base, "home")
		w.expect(continueText, "继续学习："+after.Title)
		w.expect(`document.querySelector(".start-card.is-continue a").href.includes(`+jsString(strings.TrimSuffix(after.URL, "/"))+`)`, true)

		reviewForgottenTwice(t, w, skill.KeyPoints)

		// The hook other scripts (the SCORM bridge) use to read and replace the record.
		w.expect(`Skillbook.progress.replace("not a record")`, false)
		w.expect(`Skillbook.progress.replace({v: 2, ticks: {}, read: {"x": 1}}) && JSON.parse(localStorage.getItem(Skillbook.progress.storageKey)).read.x`, 1.0)
	})
}

// reviewForgottenTwice opens 复习, forgets the first card with the
// keyboard (Space shows, 1 grades 不记得) and checks that the card comes
// back in the same sitting after at most three others, and that its front
// is a cue — no link, not the answer.
func reviewForgottenTwice(t *testing.T, w walker, keypoints []string) {
	t.Helper()
	w.visit(w.base+"review/", "review")
	w.expect(`document.querySelectorAll("#review-card .review-front a").length`, 0.0)
	first := w.eval(`document.getElementById("review-answer").textContent`).(string)
	if !slices.Contains(keypoints, first) {
		t.Fatalf("first card %q is not a key point of the skill point read", first)
	}
	w.expect(`document.querySelector(".review-front").textContent.includes(`+jsString(first)+`)`, false)
	w.expect(`document.getElementById("review-back").hidden`, true)
	press(t, w, " ")
	w.expect(`document.getElementById("review-back").hidden`, false)
	press(t, w, "1")
	w.expect(`document.getElementById("review-status").textContent.includes("稍后")`, true)
	others := 0
	for w.eval(`document.getElementById("review-answer").textContent`) != first {
		if others++; others > 3 {
			t.Fatal("the forgotten card did not come back after three others")
		}
		press(t, w, " ")
		press(t, w, "3")
	}
	press(t, w, " ")
	press(t, w, "3")
	card := `Object.entries(Skillbook.progress.record().review).find(e => e[0].endsWith(" " + ` +
		`[...Object.values(Skillbook.outline.loaded().courses[0].chapters[0].skills)].flatMap(s => s.keypoints.map((k, i) => [k, s.keypointIds[i]])).find(p => p[0] === ` + jsString(first) + `)[1]))[1]`
	w.expect(card+`.reps + " " + `+card+`.lapses`, "2 1")
}

// press sends one key to the page, as a trainee types it.
func press(t *testing.T, w walker, key string) {
	t.Helper()
	if err := chromedp.Do(w.ctx, chromedp.KeyEvent(key)); err != nil {
		t.Fatalf("pressing %q: %v", key, err)
	}
}

// continueText is the home page's 继续学习 card as "继续学习：<skill point>".
const continueText = `(c => c.querySelector(".start-kicker").textContent + "：" + c.querySelector(".start-skill").textContent)(document.querySelector(".start-card.is-continue"))`

// readAllAsked marks, on a quiz page, every skill point its questions ask
// about as read (long ago), as if the trainee had read them.
const readAllAsked = `(r => { JSON.parse(document.querySelector("script.quiz-data").textContent).questions.forEach(q => q.skill && (r.read[q.skill.id] = 1)); Skillbook.progress.save(); return true; })(Skillbook.progress.record())`

// firstUnread is the first skill point of skills but read that the
// quiz's questions ask about, in their order.
func firstUnread(t *testing.T, q *quiz.Quiz, skills []manifest.Skill, read string) manifest.Skill {
	t.Helper()
	for _, question := range q.Questions {
		for _, s := range skills {
			if question.Skill == s.ID && s.ID != read {
				return s
			}
		}
	}
	t.Fatalf("quiz %s asks about no skill point of its chapter but %s", q.ID, read)
	return manifest.Skill{}
}
