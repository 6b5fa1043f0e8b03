package e2e

import (
	"fmt"
	"strings"
	"testing"

	"skillbook/internal/manifest"
)

// TestProgressListsWhatIsLeft masters one skill point of the bundled
// course and half-studies another, then checks that 我的进度 lists every
// other skill point of the course, linked, with every step its mastery
// still needs (a skill point without key points has none to tick); that
// it says so once nothing is left, and that it waits for a start when
// nothing was begun. From disk.
func TestProgressListsWhatIsLeft(t *testing.T) {
	w, first, consoleErrors := freshSkillVisit(t, 0, 0)
	m := readManifest(t, strings.TrimPrefix(w.base, "file://"))
	bridge, needs := m.Courses[0].Chapters[0].Skills[1], m.Courses[0].Chapters[2].Skills[1]
	studyPage(t, w)
	passQuiz(w, "customer-service/service-ideas")
	w.visit(w.base+bridge.URL, "skill")
	w.eval(`document.querySelector(".keypoints input[data-kp]").click()`)

	w.visit(w.base+"progress/", "progress")
	waitJS(t, w, `!document.getElementById("progress-more").hidden`)
	w.expect(`document.querySelector(".progress-course .progress-text").textContent`, "已掌握 1 / 12 个技能点")
	items := `[...document.querySelectorAll("#progress-weak > li")]`
	w.expect(items+`.length`, 11.0)
	w.expect(items+`.some(li => li.textContent.startsWith(`+jsString(first.Title)+`))`, false)
	line := func(s manifest.Skill) string {
		return toDoLine + `(` + items + `.find(li => li.firstChild.textContent === ` + jsString(s.Title) + `))`
	}
	w.expect(line(bridge), bridge.Title+"：读完本页（读到页末） · 勾选全部牢记要点 1 / 6")
	w.expect(line(needs), needs.Title+"：读完本页（读到页末） · 还需通过：一流的服务团队 · 章节测验")
	w.expect(items+`[0].querySelector("a").href === new URL(`+jsString(bridge.URL+"index.html")+`, `+jsString(w.base)+`).href`, true)
	w.expect(`[...document.querySelectorAll("#progress-mastered a")].map(a => a.textContent).join("|")`, first.Title)

	w.eval(masterAllJS)
	w.visit(w.base+"progress/", "progress")
	waitJS(t, w, `!document.getElementById("progress-more").hidden`)
	w.expect(`document.getElementById("progress-weak").textContent`, "已开始学习的课程中，技能点已全部掌握。")
	w.eval(`localStorage.clear()`)
	w.visit(w.base+"progress/", "progress")
	waitJS(t, w, `!document.getElementById("progress-more").hidden`)
	w.expect(`document.getElementById("progress-weak").textContent`, "暂时没有：开始学习后，未掌握的技能点会列在这里。")
	w.expect(`document.getElementById("progress-mastered").textContent`, "还没有已掌握的技能点。")
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestHomeContinuesAtFirstUnfinished: a look at a chapter-2 page leaves
// 继续学习 at the course's first skill point, not read yet; once that
// page is read and ticked it goes on to the next page left, though the
// first still waits for its chapter quiz. The course card's 下一步 agrees.
func TestHomeContinuesAtFirstUnfinished(t *testing.T) {
	w, _, consoleErrors := freshSkillVisit(t, 1, 2)
	m := readManifest(t, strings.TrimPrefix(w.base, "file://"))
	ch1 := m.Courses[0].Chapters[0].Skills
	nextStep := `document.querySelector(".card-next a").textContent`
	w.visit(w.base, "home")
	w.expect(continueText, "继续学习："+ch1[0].Title)
	w.expect(nextStep, ch1[0].Title)

	w.visit(w.base+ch1[0].URL, "skill")
	studyPage(t, w)
	w.visit(w.base, "home")
	w.expect(continueText, "继续学习："+ch1[1].Title)
	w.expect(nextStep, ch1[1].Title)
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestReadAtEndOnPhone: at 390 px, 读完本页 says how it is met and stays ○
// at the top of the page. Following the link to the key points (the last
// part of the text, the pager still off screen) is a jump, not reading: ○
// still; once the trainee has scrolled up and down to the key points again,
// ✓. Reloaded there (no longer at the link's anchor) with the record
// cleared, it turns ✓ again.
func TestReadAtEndOnPhone(t *testing.T) {
	w, skill, consoleErrors := freshSkillVisit(t, 0, 1)
	w.setWidth(390)
	w.freshVisit(w.base+skill.URL, "skill")
	readStep := `document.querySelector('.mastery li[data-need="read"]')`
	w.expect(readStep+`.textContent.trim()`, "○ 读完本页（读到页末）")
	w.expect(`!!Skillbook.progress.record().read[`+jsString(skill.ID)+`]`, false)

	w.eval(`document.querySelector(".to-keypoints a").click()`)
	afterFrames(t, w)
	w.expect(`document.querySelector(".pager").getBoundingClientRect().top > innerHeight`, true)
	w.expect(`document.querySelector(".keypoints li:last-child").getBoundingClientRect().bottom < innerHeight`, true)
	w.expect(readStep+`.classList.contains("is-done")`, false)
	w.expect(`!!Skillbook.progress.record().read[`+jsString(skill.ID)+`]`, false)

	w.eval(`window.scrollTo(0, 0)`)
	afterFrames(t, w)
	w.eval(`document.getElementById(decodeURIComponent(document.querySelector(".to-keypoints a").hash.slice(1))).scrollIntoView()`) // where the link went
	waitJS(t, w, readStep+`.classList.contains("is-done")`)

	w.eval(`history.replaceState(null, "", location.pathname); window.beforeReload = true; localStorage.clear(); location.reload(); true`)
	waitJS(t, w, `window.beforeReload === undefined && document.readyState === "complete" && scrollY > 0 && `+readStep+`.classList.contains("is-done")`)
	w.expect(`!!Skillbook.progress.record().read[`+jsString(skill.ID)+`]`, true)
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// afterFrames waits two frames of the page: what was on screen in the
// first has been reported to the page's IntersectionObservers.
func afterFrames(t *testing.T, w walker) {
	t.Helper()
	w.eval(`window.framesDone = false; requestAnimationFrame(() => requestAnimationFrame(() => { window.framesDone = true })); true`)
	waitJS(t, w, `window.framesDone`)
}

// TestMasteryWithoutKeyPoints: a skill point without key points names no
// checklist in its mastery panel, neither as a step nor in the rule, and
// is mastered once read and its quiz passed.
func TestMasteryWithoutKeyPoints(t *testing.T) {
	w, skill, consoleErrors := freshSkillVisit(t, 2, 1)
	chapter := readManifest(t, strings.TrimPrefix(w.base, "file://")).Courses[0].Chapters[2]
	if len(skill.KeyPoints) > 0 {
		t.Fatalf("%s has key points: the test needs one without", skill.ID)
	}
	w.expect(`[...document.querySelectorAll(".mastery li")].map(li => li.dataset.need).join()`, "read,quiz")
	w.expect(`document.querySelector(".mastery .mastery-rule").textContent`, "已掌握的标准：读完本页（读到页末）、通过相关测验。")
	studyPage(t, w)
	passQuiz(w, "customer-service/service-team")
	w.expect(`document.querySelector(".mastery h2").textContent`, "已掌握本技能点。")
	w.visit(w.base+chapter.URL, "chapter")
	w.expect(`document.querySelector(".progress-text").textContent`, "已掌握 1 / 2 个技能点")
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// toDoLine is an item of 我的进度's list of what is left as "<skill
// point>：<steps>".
const toDoLine = `(li => li.firstChild.textContent + "：" + li.querySelector(".weak-steps").textContent)`

// studyPage ticks every key point of the open skill point and reads it to
// the end.
func studyPage(t *testing.T, w walker) {
	t.Helper()
	w.eval(`document.querySelectorAll(".keypoints input[data-kp]").forEach(b => { if (!b.checked) b.click(); }); window.scrollTo(0, document.body.scrollHeight)`)
	waitJS(t, w, `document.querySelector('.mastery li[data-need="read"]').classList.contains("is-done")`)
}

// passQuiz records a passed attempt of a quiz, as quiz.js reports one.
func passQuiz(w walker, quiz string) {
	w.eval(`document.dispatchEvent(new CustomEvent("skillbook:quiz", {detail: {quiz: ` + jsString(quiz) + `, score: 9, total: 9, passed: true, at: Date.now(), missed: []}})); true`)
}

// masterAllJS marks every skill point of the courses loaded read, ticked
// and every quiz passed.
const masterAllJS = `(() => { const r = Skillbook.progress.record(), now = Date.now();
	Skillbook.outline.loaded().courses.forEach(c => (c.chapters || []).forEach(ch => ch.skills.forEach(s => {
		r.read[s.id] = now;
		r.ticks[s.id] = Object.fromEntries(s.keypointIds.map(k => [k, now]));
		(s.quizzes || []).forEach(q => { r.quizzes[q] = {attempts: [{score: 1, total: 1, passed: true, at: now}], best: 1, passed: true}; });
	})));
	Skillbook.progress.save(); return true; })()`

// TestProgressLoadsCoursesBegun: on the generated site of 2,000 skill points,
// 我的进度 after one look at a skill point of the second course loads that
// course's outline only, and lists its skill points, no other course's:
// the first twenty, then the others not begun counted by chapter.
func TestProgressLoadsCoursesBegun(t *testing.T) {
	out := generatedSites(t, largePoints)[0]
	m := readManifest(t, out)
	if len(m.Courses) < 3 {
		t.Fatalf("the generated site has %d courses: the test needs three or more", len(m.Courses))
	}
	course := m.Courses[1]
	n := 0
	for _, ch := range course.Chapters {
		n += len(ch.Skills)
	}
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.freshVisit(w.base+course.Chapters[0].Skills[0].URL, "skill")
	w.visit(w.base+"progress/", "progress")
	waitJS(t, w, `!document.getElementById("progress-more").hidden`)
	w.expect(`[...document.scripts].map(s => s.src).filter(s => s.includes("/skillbook-outline/")).map(s => s.split("/").pop()).join()`, "1.js")
	items := `[...document.querySelectorAll("#progress-weak > li > a, .weak-later a")]`
	w.expect(`document.querySelectorAll("#progress-weak > li").length`, 20.0)
	w.expect(`document.querySelector(".weak-later summary").textContent`, fmt.Sprintf("另有 %d 个技能点尚未开始", n-20))
	w.expect(`[...document.querySelectorAll(".weak-later .count")].reduce((sum, c) => sum + parseInt(c.textContent), 0)`, float64(n-20))
	w.expect(items+`.every(a => a.href.startsWith(new URL(`+jsString(course.URL)+`, `+jsString(w.base)+`).href))`, true)
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
