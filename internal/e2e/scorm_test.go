package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"skillbook/internal/manifest"
	"skillbook/internal/quiz"
	"skillbook/internal/scorm"
	"skillbook/internal/sitetest"
)

// pkgPath is where the tests put the package on the test LMS's server: a
// sub-path, as an LMS serves it.
const pkgPath = "training/2026/pkg/"

// TestSCORMPackage runs the bundled course's package in a stand-in LMS
// (scorm-again, testdata/lms.html), for each version: it ticks key points,
// reads a page, fails and then passes a quiz, and checks what the LMS was
// told; then, with this browser's storage cleared, it launches the course
// again and checks that the trainee resumes where they were with the same
// ticks and quiz results; an LMS that fails shows its error on the page.
func TestSCORMPackage(t *testing.T) {
	ctx, consoleErrors := browser(t)
	for _, v := range []scorm.Version{scorm.V12, scorm.V2004} {
		t.Run(string(v), func(t *testing.T) {
			root := lmsServerRoot(t, repoRoot, "customer-service", v)
			srv := httptest.NewServer(http.FileServer(http.Dir(root)))
			defer srv.Close()
			l := lmsTest{walker: walker{t: t, ctx: ctx, base: srv.URL + "/" + pkgPath}, v: v, m: readManifest(t, filepath.Join(root, pkgPath))}
			l.run(srv.URL)
			if errs := consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}

// lmsServerRoot writes the test LMS, scorm-again and the package (under
// pkgPath) into a new folder.
func lmsServerRoot(t *testing.T, site, course string, v scorm.Version) string {
	t.Helper()
	again, err := os.ReadFile(filepath.Join(repoRoot, "node_modules", "scorm-again", "dist", "scorm-again.js"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("scorm-again missing (CI=true): run `npm ci`: %v", err)
		}
		t.Skip("scorm-again missing: `npm ci` installs it")
	}
	harness, err := os.ReadFile(filepath.Join("testdata", "lms.html"))
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	sitetest.WriteFile(t, filepath.Join(root, "scorm-again.js"), again)
	sitetest.WriteFile(t, filepath.Join(root, "lms.html"), harness)
	unzipPackage(t, site, course, v, filepath.Join(root, filepath.FromSlash(pkgPath)))
	return root
}

// unzipPackage exports a course of the site and unzips it into dir.
func unzipPackage(t *testing.T, site, course string, v scorm.Version, dir string) {
	t.Helper()
	pkg, diags := scorm.Export(site, course, v)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	sitetest.Unzip(t, pkg.Zip, dir)
}

// lmsTest drives the package in the test LMS's frame.
type lmsTest struct {
	walker
	v scorm.Version
	m *manifest.Manifest
}

// F is the course's frame, in the scripts the tests run in the LMS page.
const frame = `document.querySelector("iframe").contentWindow`

func (l lmsTest) field(v12, v2004 string) string {
	if l.v == scorm.V12 {
		return v12
	}
	return v2004
}

func (l lmsTest) run(server string) {
	t := l.t
	course := l.m.Courses[0]
	skill := course.Chapters[1].Skills[0]
	quizID := "customer-service/staff-training"
	q := loadQuiz(t, repoRoot, quizID)
	l.open(server + "/lms.html?v=" + string(l.v) + "&launch=" + pkgPath + course.URL + "index.html")
	l.frameAt(course.URL, "course")

	l.go_(skill.URL, "skill")
	l.eval(`(() => { const d = ` + frame + `.document, b = d.querySelectorAll(".keypoints input[data-kp]"); b[0].click(); b[2].click(); ` + frame + `.scrollTo(0, d.body.scrollHeight); return true })()`)
	waitJS(t, l.walker, `!!`+frame+`.Skillbook.progress.record().read[`+jsString(skill.ID)+`]`)

	quizURL := "quizzes/" + quizID + "/"
	l.go_(quizURL, "quiz")
	l.eval(`(() => { const d = ` + frame + `.document; d.querySelector('input[name="quiz1-first-step"][value="b"]').click(); d.querySelector(".quiz-check").click(); d.querySelector(".quiz-retry").click(); return true })()`)
	l.eval(answerJS(q, "quiz1") + `; ` + frame + `.document.querySelector(".quiz-check").click(); true`)
	// a pass of chapter 2's quiz, its other skill points unread, leads on to the first of them it asks about
	next := firstUnread(t, q, course.Chapters[1].Skills, skill.ID)
	l.expectFrame(`d.querySelector(".quiz-score").textContent`, "✓ 通过得分 9 / 9（100%） · 及格线 80%继续学习："+next.Title+" →") // no question unanswered
	waitJS(t, l.walker, `lms.commits > 0 && lms.latest[`+jsString(l.field("cmi.core.score.raw", "cmi.score.raw"))+`] === `+jsString(l.passedOneScore()))
	l.checkReported(quizURL, q)

	l.eval(frame + `.localStorage.clear(); ` + frame + `.__left = true; relaunch(); true`)
	l.frameAt(quizURL, "quiz")
	l.go_(skill.URL, "skill")
	l.expectFrame(`[...d.querySelectorAll(".keypoints input[data-kp]")].map(b => b.checked ? 1 : 0).join("")`, "10100")
	l.go_("practice/"+course.URL, "practice")
	l.expectFrame(`d.querySelector('.quiz-item[data-quiz="`+quizID+`"] .quiz-best').textContent`, "最好成绩 100% · 通过")
	l.expect(`lms.finishes`, 1.0) // going from page to page keeps the session; the new launch ended it
	l.checkErrorNotice()
}

// passedOneScore is the score (0–100) of passing one of the course's
// quizzes with full marks: the mean of the best scores.
func (l lmsTest) passedOneScore() string {
	quizzes := 0
	for _, mq := range l.m.Quizzes {
		if !mq.Drill {
			quizzes++
		}
	}
	return strconv.Itoa(int(100.0/float64(quizzes) + 0.5))
}

// checkReported checks what the LMS was told after the quiz (its score
// was awaited).
func (l lmsTest) checkReported(quizURL string, q *quiz.Quiz) {
	latest := func(k12, k2004 string) string {
		return fmt.Sprint(l.eval(`lms.latest[` + jsString(l.field(k12, k2004)) + `] || ""`))
	}
	if got := latest("cmi.core.score.max", "cmi.score.max"); got != "100" {
		l.t.Errorf("score.max %s", got)
	}
	if got := latest("cmi.core.lesson_status", "cmi.completion_status"); got != "incomplete" {
		l.t.Errorf("status %s, want incomplete", got)
	}
	if l.v == scorm.V2004 {
		if got := latest("", "cmi.success_status"); got != "unknown" {
			l.t.Errorf("success_status %s, want unknown: not every quiz was taken", got)
		}
	}
	if got := latest("cmi.core.lesson_location", "cmi.location"); got != quizURL {
		l.t.Errorf("location %q, want %q", got, quizURL)
	}
	if got := latest("cmi.suspend_data", "cmi.suspend_data"); !strings.HasPrefix(got, "sb2.") || len(got) > 4096 {
		l.t.Errorf("suspend_data %q", got)
	}
	results := l.eval(`lms.log.filter(e => /^cmi\.interactions\.\d+\.result$/.test(e[0])).map(e => e[1]).join(" ")`)
	want := l.field("wrong wrong", "incorrect incorrect") + strings.Repeat(" correct", len(q.Questions))
	if results != want {
		l.t.Errorf("interaction results %q, want %q (the failed attempt's two answered questions, then the passed one's)", results, want)
	}
	response := l.field("student_response", "learner_response")
	// The first answer to first-step, wherever the shuffle put it: the failed attempt's.
	l.expect(`(() => { const id = lms.log.find(e => /\.id$/.test(e[0]) && e[1] === "customer-service%2Fstaff-training%2Ffirst-step"), n = id[0].split(".")[2];
		return ["type", "`+response+`"].map(k => lms.log.find(e => e[0] === "cmi.interactions." + n + "." + k)[1]).join(" ") })()`, "choice b")
}

// checkErrorNotice makes the LMS fail and checks the page says so, with
// the LMS's error code and text.
func (l lmsTest) checkErrorNotice() {
	api, commit, last, text := l.field("API", "API_1484_11"), l.field("LMSCommit", "Commit"), l.field("LMSGetLastError", "GetLastError"), l.field("LMSGetErrorString", "GetErrorString")
	l.go_(l.m.Courses[0].Chapters[0].Skills[0].URL, "skill")
	l.eval(`(() => { const a = window.` + api + `; a.` + commit + ` = () => "false"; a.` + last + ` = () => "391"; a.` + text + ` = () => "General Commit Failure"; return true })()`)
	l.eval(frame + `.document.querySelector(".keypoints input[data-kp]").click(); true`)
	l.eval(frame + `.Skillbook.scorm.report(true); true`)
	l.expectFrame(`d.querySelector(".scorm-notice") ? d.querySelector(".scorm-notice").textContent : "none"`,
		"学习平台报告了错误 391：General Commit Failure。学习记录可能没有保存到平台，请稍后再试或联系培训管理员。")
}

func (l lmsTest) open(url string) {
	ctx, cancel := context.WithTimeout(l.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		l.t.Fatalf("opening %s: %v", url, err)
	}
}

// go_ sends the frame to a page of the package by a click on a link to it.
func (l lmsTest) go_(url, kind string) {
	l.t.Helper()
	if got := l.eval(`(() => { const f = ` + frame + `; if (!f.Skillbook) return "no Skillbook at " + f.location.href + " " + JSON.stringify(lms.loads) + " " + f.document.readyState; f.__left = true; const a = f.document.createElement("a"); a.href = f.Skillbook.href(` + jsString(url) + `); f.document.body.appendChild(a); a.click(); return true })()`); got != true {
		l.t.Fatalf("going to %s: %v", url, got)
	}
	l.frameAt(url, kind)
}

// frameAt waits until the frame shows the page at url (relative to the
// package) of the kind, with its scripts run; not the page it left
// (marked __left).
func (l lmsTest) frameAt(url, kind string) {
	l.t.Helper()
	want := l.base + url
	waitJS(l.t, l.walker, `(() => { try { const f = `+frame+`; return !f.__left && f.location.href.replace(/index\.html$/, "") === `+jsString(want)+
		` && f.document.readyState === "complete" && f.document.body.classList.contains("kind-`+kind+`") && !!f.Skillbook.progress } catch (e) { return false } })()`)
}

// expectFrame evaluates js with d, the frame's document.
func (l lmsTest) expectFrame(js string, want any) {
	l.t.Helper()
	expr := `(() => { const d = ` + frame + `.document; return ` + js + ` })()`
	deadline := time.Now().Add(5 * time.Second)
	for l.eval(expr) != want && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	l.expect(expr, want)
}

// answerJS is a script that answers every question of quiz q rightly in
// the frame's form prefix.
func answerJS(q *quiz.Quiz, prefix string) string {
	var b strings.Builder
	b.WriteString(`(() => { const d = ` + frame + `.document;`)
	for _, qn := range q.Questions {
		name := prefix + "-" + qn.ID
		switch qn.Type {
		case quiz.Single, quiz.Multiple:
			for i, o := range qn.Options {
				if o.Correct {
					fmt.Fprintf(&b, `d.querySelector('input[name="%s"][value="%c"]').checked = true;`, name, 'a'+i)
				}
			}
		case quiz.TrueFalse:
			fmt.Fprintf(&b, `d.querySelector('input[name="%s"][value="%t"]').checked = true;`, name, *qn.Answer)
		case quiz.Fill:
			for i, bl := range qn.Blanks {
				fmt.Fprintf(&b, `d.querySelector('input[name="%s-b%d"]').value = %s;`, name, i, jsString(bl.Answers[0]))
			}
		case quiz.Order:
			// The trainee moves steps with buttons, which marks the question answered.
			fmt.Fprintf(&b, `d.querySelector("#%s").setAttribute("data-touched", "");`, name)
			for _, s := range qn.Steps {
				fmt.Fprintf(&b, `{ const ol = d.querySelector("#%s .q-order"); ol.appendChild([...ol.children].find(li => li.querySelector(".step").textContent === %s)); }`, name, jsString(s))
			}
		case quiz.Match:
			for i, p := range qn.Pairs {
				fmt.Fprintf(&b, `{ const s = d.querySelector("#%s-m%d"); s.value = [...s.options].find(o => o.textContent === %s).value; }`, name, i, jsString(p.Right))
			}
		}
	}
	b.WriteString(`return true })()`)
	return b.String()
}

// TestSCORMPackageOutsideLMS opens the unzipped package without an LMS,
// from disk and over http: the course works as the site does, folder
// links name their index.html, and the bridge stays out of the way.
func TestSCORMPackageOutsideLMS(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pkg")
	unzipPackage(t, repoRoot, "customer-service", scorm.V12, out)
	m := readManifest(t, out)
	skill := m.Courses[0].Chapters[0].Skills[0]
	ctx, consoleErrors := browser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	for _, base := range []string{"file://" + out + "/", srv.URL + "/"} {
		w := walker{t: t, ctx: ctx, base: base} // no axe: these are the site's pages, checked by TestBundledCourse
		w.visit(w.base+m.Courses[0].URL, "course")
		w.expect(`typeof Skillbook.scorm + " " + !!document.querySelector(".scorm-notice")`, "undefined false")
		w.expect(`[...document.querySelectorAll(".skill-item a")].every(a => a.href.endsWith("/index.html"))`, true)
		if err := chromedp.Do(w.ctx, chromedp.Click(chromedp.CSS(`.skill-item a[href*="`+skill.URL[len(m.Courses[0].URL):]+`"]`)),
			chromedp.WaitVisible(chromedp.CSS("body.kind-skill")),
			chromedp.Poll[chromedp.Void](`document.readyState === "complete"`)); err != nil { // a click does not wait for the page's scripts, as Navigate does
			t.Fatal(err)
		}
		w.eval(`document.querySelector(".keypoints input[data-kp]").click(); true`)
		w.expect(`JSON.parse(localStorage.getItem(Skillbook.progress.storageKey)).ticks[`+jsString(skill.ID)+`] !== undefined`, true)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestSCORMSuspendDataCapacity fills every part of the progress record of
// a generated course of 120 skill points and 600 key points (every key
// point ticked and reviewed, every page opened and read, every quiz and
// drill taken twenty times) in a SCORM 1.2 package in the test LMS:
// suspend_data stays within 1.2's 4,096 characters, and a new launch
// restores all of it, review cards with their FSRS state.
func TestSCORMSuspendDataCapacity(t *testing.T) {
	site := bigCourse(t, 12, 10, 5)
	root := lmsServerRoot(t, site, "big", scorm.V12)
	srv := httptest.NewServer(http.FileServer(http.Dir(root)))
	defer srv.Close()
	ctx, consoleErrors := browser(t)
	l := lmsTest{walker: walker{t: t, ctx: ctx, base: srv.URL + "/" + pkgPath}, v: scorm.V12, m: readManifest(t, filepath.Join(root, pkgPath))}
	l.open(srv.URL + "/lms.html?v=1.2&launch=" + pkgPath + "big/index.html")
	l.frameAt("big/", "course")
	l.eval(`(() => { const f = ` + frame + `, SB = f.Skillbook, core = SB.progressCore, r = SB.progress.record(), now = Date.now(), o = SB.outline.loaded();
		let i = 0;
		o.courses[0].chapters.forEach(ch => ch.skills.forEach(s => {
			r.read[s.id] = now; r.opened[s.id] = now; r.ticks[s.id] = {};
			s.keypointIds.forEach(kp => { r.ticks[s.id][kp] = now; core.answer(r, s.id + " " + kp, i % 3 > 0, now - (i++ % 400) * 3600000); });
		}));
		o.quizzes.forEach((q, n) => { for (let a = 0; a < 20; a++) core.attempt(r, q.id, { score: (a + n) % 4, total: 3, passed: (a + n) % 4 >= 2, at: now - a * 60000 }); });
		SB.scorm.report(true); return true })()`)
	data := l.eval(`lms.latest["cmi.suspend_data"]`).(string)
	t.Logf("suspend_data for 120 skill points, 600 key points and %d quizzes and drills, all used: %d characters", len(l.m.Quizzes), len(data))
	if len(data) > 4096 {
		t.Errorf("suspend_data is %d characters, more than SCORM 1.2's 4,096", len(data))
	}
	count := `(() => { const r = ` + frame + `.Skillbook.progress.record(); return [Object.values(r.ticks).reduce((n, t) => n + Object.keys(t).length, 0), Object.keys(r.read).length, Object.keys(r.opened).length, Object.values(r.review).filter(c => c.s > 0 && c.d >= 1 && c.reps === 1).length, Object.keys(r.quizzes).length].join(" ") })()`
	want := fmt.Sprintf("600 120 120 600 %d", len(l.m.Quizzes))
	l.expect(count, want)
	l.eval(frame + `.localStorage.clear(); ` + frame + `.__left = true; relaunch(); true`)
	l.frameAt("big/", "course")
	l.expect(count, want)
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// bigCourse writes a site with one course of chapters × skills skill
// points of kps key points each, and a quiz per chapter.
func bigCourse(t *testing.T, chapters, skills, kps int) string {
	t.Helper()
	dir := t.TempDir()
	sitetest.WriteFile(t, filepath.Join(dir, "skillbook.yaml"), []byte("title: 大课程\n"))
	sitetest.WriteFile(t, filepath.Join(dir, "content", "big", "_index.md"), []byte("---\ntitle: 大课程\n---\n"))
	for c := 1; c <= chapters; c++ {
		ch := fmt.Sprintf("ch%02d", c)
		sitetest.WriteFile(t, filepath.Join(dir, "content", "big", ch, "_index.md"), []byte(fmt.Sprintf("---\ntitle: 第 %d 章\n---\n", c)))
		for s := 1; s <= skills; s++ {
			var b strings.Builder
			fmt.Fprintf(&b, "---\ntitle: 技能点 %d-%d\n---\n## 技能描述\n\n描述。\n\n## 牢记要点\n\n", c, s)
			for k := 1; k <= kps; k++ {
				fmt.Fprintf(&b, "- 第 %d-%d 个技能点的第 %d 条要点\n", c, s, k)
			}
			sitetest.WriteFile(t, filepath.Join(dir, "content", "big", ch, fmt.Sprintf("%02d-s%02d.md", s, s)), []byte(b.String()))
		}
		quizYAML := fmt.Sprintf("title: 第 %d 章测验\nfor: big/%s\nquestions:\n  - id: q1\n    type: truefalse\n    prompt: 对吗？\n    answer: true\n", c, ch)
		sitetest.WriteFile(t, filepath.Join(dir, "quizzes", "big", ch+".yaml"), []byte(quizYAML))
	}
	return dir
}
