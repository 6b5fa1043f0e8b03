package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"skillbook/build"
	"skillbook/internal/sitetest"
)

// TestProgressPages studies two skill points, then checks the home page
// (where to continue, course progress), 我的进度 (percentages, weak spots),
// export → reset → import, and the 复习 flashcards.
func TestProgressPages(t *testing.T) {
	out := buildSite(t, repoRoot)
	m := readManifest(t, out)
	course := m.Courses[0]
	first, second := course.Chapters[1].Skills[0], course.Chapters[1].Skills[1]
	fromDiskAndHTTP(t, out, func(t *testing.T, w walker) {
		base := w.base
		w.freshVisit(base+first.URL, "skill")
		w.eval(`document.querySelectorAll(".keypoints input[data-kp]").forEach(b => b.click()); window.scrollTo(0, document.body.scrollHeight)`)
		waitJS(t, w, `!!Skillbook.progress.record().read[`+jsString(first.ID)+`]`)
		w.eval(`document.dispatchEvent(new CustomEvent("skillbook:quiz", {detail: {quiz: "customer-service/staff-training", score: 9, total: 9, passed: true, at: Date.now(), missed: []}}))`)
		w.visit(base+second.URL, "skill")
		w.eval(`document.querySelector(".keypoints input[data-kp]").click()`)

		w.visit(base, "home")
		if got := w.eval(continueText).(string); !strings.HasSuffix(got, second.Title) { // last worked on, unfinished
			t.Errorf("continue link %q", got)
		}
		if got := w.eval(`document.querySelector(".card .progress-text").textContent`); got != "已掌握 1 / 12 个技能点" {
			t.Errorf("home course progress %q", got)
		}

		w.visit(base+"progress/", "progress")
		if got := w.eval(`document.querySelector(".progress-course .progress-text").textContent`); got != "已掌握 1 / 12 个技能点" {
			t.Errorf("course progress %q", got)
		}
		w.expect(`document.querySelectorAll("#progress-weak > li").length`, 11.0)
		w.expect(toDoLine+`([...document.querySelectorAll("#progress-weak > li")].find(li => li.firstChild.textContent === `+jsString(second.Title)+`))`,
			second.Title+"：读完本页（读到页末） · 勾选全部牢记要点 1 / "+strconv.Itoa(len(second.KeyPoints)))
		w.expect(`[...document.querySelectorAll("#quiz-history td")].slice(0, 3).map(td => td.textContent).join("|")`, "客户服务人员培训 · 章节测验|9 / 9（100%）|通过")
		// the completion record is printed with a name, not without
		w.eval(`window.printed = 0; window.print = () => { window.printed++; }; document.querySelector("#certificate-form button").click(); true`)
		w.expect(`window.printed + " " + document.getElementById("certificate").hidden`, "0 true")
		w.eval(`document.getElementById("certificate-name").value = "张三"; document.querySelector("#certificate-form button").click(); true`)
		waitJS(t, w, `window.printed === 1`)
		w.expect(`document.querySelector("#certificate p").textContent`, "张三")
		exported := carryProgress(t, w)
		if !strings.Contains(exported, first.ID) {
			t.Fatalf("the export lacks %s: %s", first.ID, exported)
		}

		w.visit(base+"review/", "review")
		if got := w.eval(`document.getElementById("review-status").textContent`); got != "待复习 5 条" {
			t.Errorf("review status %q", got)
		}
		w.eval(`document.getElementById("review-show").click()`)
		if got := w.eval(`document.getElementById("review-answer").textContent`); got != first.KeyPoints[0] {
			t.Errorf("card answer %q, want %q", got, first.KeyPoints[0])
		}
		w.eval(`document.getElementById("review-knew").click()`)
		if got := w.eval(`document.getElementById("review-status").textContent`); got != "待复习 4 条" {
			t.Errorf("after one answer: %q", got)
		}
		// Nothing due until a forgotten card comes back in ten minutes: the
		// status names the day and the time, in the page's language.
		w.eval(`(() => { for (let i = 0; i < 4; i++) { document.getElementById("review-show").click(); document.getElementById("review-knew").click(); } return true; })()`)
		w.expect(`document.getElementById("review-status").textContent.startsWith("现在没有需要复习的要点。 下次复习：")`, true)
		w.eval(`(() => { const r = Skillbook.progress.record(); Object.values(r.review).forEach(c => { c.due = Date.now() + 6e5; }); Skillbook.progress.save(); return true; })()`)
		w.visit(base+"review/", "review")
		w.expect(`/^现在没有需要复习的要点。 下次复习：\d{4}\/\d+\/\d+ \d\d:\d\d$/.test(document.getElementById("review-status").textContent) || document.getElementById("review-status").textContent`, true)
		// and says where to go on: 我的进度, what is left to learn
		w.expect(`document.getElementById("review-done").hidden + " " + document.querySelector("#review-done a").textContent`, "false 看看还要学什么：我的进度 →")
	})
}

// carryProgress exports the record, resets it, imports the file again and
// checks that everything came back. It returns the exported JSON.
func carryProgress(t *testing.T, w walker) string {
	t.Helper()
	w.eval(`window.exported = ""; URL.createObjectURL = b => { b.text().then(t => { window.exported = t; }); return "data:application/json,"; }; true`)
	w.eval(`document.getElementById("progress-export").click(); true`)
	waitJS(t, w, `typeof window.exported === "string" && window.exported.length > 0`)
	exported := w.eval(`window.exported`).(string)
	// the file is named by the site and the day, and the page says so and what to do with it; from disk, it says progress is kept apart
	w.expect(`/^已导出为 skillbook-progress-[^ ]+-\d{4}-\d\d-\d\d\.json。在另一台设备/.test(document.getElementById("progress-message").textContent) || document.getElementById("progress-message").textContent`, true)
	w.expect(`document.getElementById("progress-file").hidden === (location.protocol !== "file:")`, true)
	before := w.eval(`JSON.stringify(Skillbook.progress.record().ticks)`)
	w.eval(`window.beforeReset = true; window.confirm = () => true; document.getElementById("progress-reset").click(); true`)
	waitJS(t, w, `window.beforeReset === undefined && document.readyState === "complete" && Object.keys(Skillbook.progress.record().ticks).length === 0`)
	file := filepath.Join(t.TempDir(), "progress.json")
	if err := os.WriteFile(file, []byte(exported), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(w.ctx, chromedp.SetUploadFiles(chromedp.CSS("#progress-import"), []string{file})); err != nil {
		t.Fatal(err)
	}
	waitJS(t, w, `document.readyState === "complete" && Object.keys(Skillbook.progress.record().ticks).length > 0 && !document.getElementById("progress-message").textContent`)
	if after := w.eval(`JSON.stringify(Skillbook.progress.record().ticks)`); after != before {
		t.Errorf("import restored %v, want %v", after, before)
	}
	w.expect(`document.querySelector("h1 + [role=status]").textContent`, "已导入并合并进度。") // after the reload, at the top
	return exported
}

// TestProgressWithoutStorage: where the browser refuses storage the pages
// work and say that progress is not being saved.
func TestProgressWithoutStorage(t *testing.T) {
	out := buildSite(t, repoRoot)
	m := readManifest(t, out)
	ctx, consoleErrors := browser(t)
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `Object.defineProperty(window, "localStorage", {get() { throw new DOMException("denied", "SecurityError"); }});`,
		})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+m.Courses[0].Chapters[1].Skills[0].URL, "skill")
	if got := w.eval(`document.querySelector(".progress-notice").textContent`).(string); !strings.Contains(got, "无法保存") {
		t.Errorf("notice %q", got)
	}
	w.eval(`document.querySelector(".keypoints input[data-kp]").click()`)
	if w.eval(`document.querySelector(".keypoints input[data-kp]").checked`) != true {
		t.Error("the checklist does not work without storage")
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestProgressSurvivesEdits: a key point added to a skill point and the
// skill point's file renamed (its id kept in the front matter) leave the
// trainee's other ticks in place; the key point added is marked new until
// ticked, and a skill point added to the chapter until opened, and the
// home page names both.
func TestProgressSurvivesEdits(t *testing.T) {
	site := sitetest.Extract(t, "../../build/testdata/sites/basic.txtar")
	out, w := servedForEdits(t, site)
	w.visit(w.base+"cs/basics/greeting/", "skill")
	w.eval(`localStorage.clear(); document.querySelectorAll(".keypoints input")[0].click(); document.querySelectorAll(".keypoints input")[2].click(); true`)
	w.visit(w.base, "home") // which knows the course's skill points as they are
	waitJS(t, w, `Object.keys(Skillbook.progress.record().known).length > 0`)

	thanks := "---\ntitle: 如何感谢客户\nweight: 9\n---\n## 技能描述\n\n感谢客户。\n\n## 牢记要点\n\n- 真诚道谢\n"
	if err := os.WriteFile(filepath.Join(site, "content/cs/01-basics/09-thanks.md"), []byte(thanks), 0o644); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(site, "content/cs/01-basics/01-greeting.md")
	src, err := os.ReadFile(old)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(src), "- 面带微笑\n", "- 主动打招呼\n- 面带微笑\n", 1)
	if err := os.WriteFile(filepath.Join(site, "content/cs/01-basics/01-hello.md"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(old)
	linking := filepath.Join(site, "content/cs/02-advanced/01-complaints.md")
	b, _ := os.ReadFile(linking)
	if err := os.WriteFile(linking, []byte(strings.Replace(string(b), "01-greeting.md", "01-hello.md", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := build.Build(build.Options{SiteDir: site, OutDir: out}); res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	w.visit(w.base, "home") // whose outline notes the new key point, and says so; the page still marks it
	waitJS(t, w, `Object.keys(Skillbook.progress.record().fresh).length > 0`)
	notice := `(document.querySelector(".course-updated") || {}).textContent`
	waitJS(t, w, notice+` === "课程有更新。新增技能点：如何感谢客户；新增了牢记要点的技能点：如何问候客户"`)
	marked := `[...document.querySelectorAll(".keypoint")].map(k => k.querySelector(".kp-new:not([hidden])") ? k.querySelector("span").textContent + k.querySelector(".kp-new").textContent : "").join("|")`
	// 复习 marks the new key point's card too
	w.eval(`Skillbook.progress.record().read.greet = Date.now(); Skillbook.progress.save(); true`)
	w.visit(w.base+"review/", "review")
	w.expect(`(() => { const out = []; for (let i = 0; i < 4 && !document.getElementById("review-card").hidden; i++) {
		out.push(document.getElementById("review-answer").textContent + (document.querySelector("#review-which .skill-new") ? "新" : ""));
		document.getElementById("review-show").click(); document.getElementById("review-knew").click(); } return out.sort().join("|"); })()`, "主动打招呼新|称呼客户的名字|语气热情|面带微笑")
	for range 2 { // marked until ticked, not on the first look only: the trainee may leave before the checklist is on screen
		w.visit(w.base+"cs/basics/hello/", "skill")
		if got := w.eval(`[...document.querySelectorAll(".keypoints input")].map(b => b.checked ? 1 : 0).join("")`); got != "0101" {
			t.Errorf("ticks after the edit: %v, want 0101 (new point unticked, the others kept)", got)
		}
		if got := w.eval(marked); got != "主动打招呼新|||" {
			t.Errorf("key points marked new: %q, want the one added alone", got)
		}
	}
	w.eval(`document.querySelectorAll(".keypoints input")[0].click(); true`)
	w.expect(marked, "|||")
	// no quiz asks about it: its mastery panel's rule says nothing of quizzes
	w.expect(`document.querySelector(".mastery .mastery-rule").textContent`, "已掌握的标准：读完本页（读到页末）、勾选全部牢记要点。")
	newSkills := `[...document.querySelectorAll(".skill-item .skill-new:not([hidden])")].map(m => m.parentNode.textContent).join("|")`
	w.visit(w.base+"cs/basics/", "chapter") // the skill point added is marked in the chapter's list until opened
	w.expect(newSkills, "如何感谢客户（未读）新")
	w.visit(w.base+"cs/basics/thanks/", "skill")
	w.visit(w.base+"cs/basics/", "chapter")
	w.expect(newSkills, "")
	w.visit(w.base, "home")
	waitJS(t, w, `Object.keys(Skillbook.progress.record().fresh).length === 0 && !document.querySelector(".course-updated")`)
	w.visit(w.base+"progress/", "progress")
	w.expect(`document.querySelectorAll(".course-updated").length`, 0.0)
}

// TestProgressFollowsRenames: a skill point's file renamed (no id of its
// own: its id is its path) keeps the trainee's ticks, handed to the page
// that took its place; made a draft, its ticks are shelved, not deleted,
// and come back with it. Its old address, given as an alias, leads to it,
// and so does its drill's.
func TestProgressFollowsRenames(t *testing.T) {
	site := sitetest.Extract(t, "../../build/testdata/sites/basic.txtar")
	out, w := servedForEdits(t, site)
	w.visit(w.base+"cs/basics/listening/", "skill")
	w.eval(`localStorage.clear(); document.querySelectorAll(".keypoints input").forEach(b => b.click()); true`)
	greeting := filepath.Join(site, "content/cs/01-basics/01-greeting.md")
	replace := func(path, old, new string) error {
		b, err := os.ReadFile(path)
		if err == nil {
			err = os.WriteFile(path, []byte(strings.ReplaceAll(string(b), old, new)), 0o644)
		}
		return err
	}
	rebuild := func(edit func() error) {
		if err := edit(); err != nil {
			t.Fatal(err)
		}
		if res := build.Build(build.Options{SiteDir: site, OutDir: out}); res.Diags.HasErrors() {
			t.Fatal(res.Diags)
		}
	}
	dir := filepath.Join(site, "content/cs/01-basics")
	renamed := filepath.Join(dir, "02-hearing.md")
	rebuild(func() error {
		if err := replace(greeting, "02-listening.md", "02-hearing.md"); err != nil {
			return err
		}
		return os.Rename(filepath.Join(dir, "02-listening.md"), renamed)
	})
	ticked := `[...document.querySelectorAll(".keypoints input")].map(b => b.checked ? 1 : 0).join("") === "11"`
	w.visit(w.base+"cs/basics/hearing/", "skill")
	waitJS(t, w, ticked)

	src, err := os.ReadFile(renamed)
	if err != nil {
		t.Fatal(err)
	}
	rebuild(func() error {
		if err := replace(greeting, "(02-hearing.md#技能描述)", ""); err != nil { // no link to a draft
			return err
		}
		return os.WriteFile(renamed, []byte(strings.Replace(string(src), "weight: 5\n", "weight: 5\ndraft: true\n", 1)), 0o644)
	})
	w.visit(w.base, "home")
	waitJS(t, w, `!Skillbook.progress.record().ticks["cs/basics/hearing"] && !!Skillbook.progress.record().attic.skills["cs/basics/hearing"]`)
	rebuild(func() error { return os.WriteFile(renamed, src, 0o644) })
	w.visit(w.base+"cs/basics/hearing/", "skill")
	waitJS(t, w, ticked)

	// Its old address given as an alias leads to it, over http and from disk.
	rebuild(func() error { return replace(renamed, "weight: 5\n", "weight: 5\naliases: [cs/basics/listening]\n") })
	for old, lands := range map[string]string{w.base + "cs/basics/listening/": "/cs/basics/hearing/", "file://" + out + "/cs/basics/listening/index.html": "/cs/basics/hearing/index.html"} {
		w.visit(old+"#牢记要点", "skill")
		waitJS(t, w, `location.pathname.endsWith("`+lands+`") && decodeURIComponent(location.hash) === "#牢记要点"`)
	}
	// So does its drill's old address.
	w.visit(w.base+"drills/?s=cs%2Fbasics%2Flistening%2F", "drill")
	waitJS(t, w, `new URLSearchParams(location.search).get("s") === "cs/basics/hearing/"`)
}

// servedForEdits builds the site and serves it over http uncached, so that
// a test may rebuild it into the same folder between visits; it returns
// the folder and a walker at the site's root.
func servedForEdits(t *testing.T, site string) (string, walker) {
	out := buildSite(t, site)
	ctx, _ := browser(t)
	srv := httptest.NewServer(uncached(http.FileServer(http.Dir(out))))
	t.Cleanup(srv.Close)
	return out, walker{t: t, ctx: ctx, base: srv.URL + "/"}
}
