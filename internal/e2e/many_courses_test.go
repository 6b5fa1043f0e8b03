package e2e

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"skillbook/internal/corpus"
)

// TestProgressAtManyCourses begins one course of eight on a generated
// site of 800 skill points (no quizzes), as a trainee would, and checks
// that 我的进度 stays short: the seven courses not begun are folded away
// under one line, a row each; what is left comes under the course's title,
// the skill points worked on first, then the others up to twenty, and
// counts the rest by chapter under 另有 … 尚未开始, 另有 n for a chapter
// listed in part; the mastery rule and the practice pages name no quizzes
// the site does not have. A second course begun: each course has its
// title, the skill points worked on at the top of its list, and its fold;
// the twenty are shared. From disk; axe, light and dark, with the folds
// open.
func TestProgressAtManyCourses(t *testing.T) {
	site := t.TempDir()
	if err := corpus.Write(site, corpus.DefaultShape(800)); err != nil {
		t.Fatal(err)
	}
	out := buildSite(t, site)
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/", axe: axeSource(t)}
	w.freshVisit(w.base+"course-002/chapter-01/skill-01/", "skill")
	w.eval(`document.querySelector(".keypoints input[data-kp]").click()`)
	w.visit(w.base+"course-002/chapter-05/skill-03/", "skill")

	w.visit(w.base+"progress/", "progress")
	waitJS(t, w, `!document.getElementById("progress-more").hidden`)
	var got struct {
		Begun                 int
		Waiting, Rule, Course string
		Open                  bool
		Rows                  []string
	}
	js := `JSON.stringify({begun: document.querySelectorAll(".progress-course").length,
		waiting: document.querySelector(".progress-waiting summary").textContent, open: document.querySelector(".progress-waiting").open,
		rows: [...document.querySelectorAll(".progress-waiting li")].map(li => li.textContent),
		course: document.querySelector(".progress-course h2").textContent,
		rule: document.querySelector(".mastery-rule").textContent})`
	if err := json.Unmarshal([]byte(w.eval(js).(string)), &got); err != nil {
		t.Fatal(err)
	}
	m := readManifest(t, out)
	if got.Begun != 1 || got.Course != m.Courses[1].Title {
		t.Errorf("courses shown in full: %d, the first %q; want course-002 alone (%q)", got.Begun, got.Course, m.Courses[1].Title)
	}
	if got.Waiting != "尚未开始的课程（7 门）" || got.Open || len(got.Rows) != 7 || got.Rows[0] != m.Courses[0].Title+"100 个技能点" {
		t.Errorf("courses not begun: %q, open %v, rows %q", got.Waiting, got.Open, got.Rows)
	}
	if got.Rule != "已掌握的标准：读完本页（读到页末）、勾选全部牢记要点。" {
		t.Errorf("mastery rule on a site without quizzes: %q", got.Rule)
	}
	expectLeft(w, []string{
		"# course-002",
		"21: course-002/chapter-01/skill-01, course-002/chapter-05/skill-03, course-002/chapter-01/skill-02 … course-002/chapter-02/skill-10", // to a chapter's end
		"另有 79 个技能点尚未开始 (8): course-002/chapter-03 10 个技能点, course-002/chapter-04 10 个技能点, course-002/chapter-05 另有 9 个技能点, course-002/chapter-06 10 个技能点 …",
	})

	w.visit(w.base+"course-005/chapter-03/skill-02/", "skill")
	w.visit(w.base+"progress/", "progress")
	waitJS(t, w, `!document.getElementById("progress-more").hidden`)
	expectLeft(w, []string{
		"# course-002",
		"11: course-002/chapter-01/skill-01, course-002/chapter-05/skill-03, course-002/chapter-01/skill-02 … course-002/chapter-01/skill-10",
		"另有 89 个技能点尚未开始 (9): course-002/chapter-02 10 个技能点, course-002/chapter-03 10 个技能点, course-002/chapter-04 10 个技能点, course-002/chapter-05 另有 9 个技能点 …",
		"# course-005",
		"11: course-005/chapter-03/skill-02, course-005/chapter-01/skill-01, course-005/chapter-01/skill-02 … course-005/chapter-01/skill-10",
		"另有 89 个技能点尚未开始 (9): course-005/chapter-02 10 个技能点, course-005/chapter-03 另有 9 个技能点, course-005/chapter-04 10 个技能点, course-005/chapter-05 10 个技能点 …",
	})
	w.eval(`document.querySelectorAll("details").forEach(d => d.open = true)`)
	if found := w.colourProblems(); len(found) > 0 {
		t.Errorf("axe: %v", found)
	}

	w.visit(w.base+"practice/", "practice")
	w.expect(`document.querySelector("main p").textContent + " " + document.querySelector(".card .count").textContent`, "各课程的牢记要点练习。 100 个牢记要点练习")
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// expectLeft checks 我的进度's 尚未掌握, the part under its heading, a line
// for each element: "# " and where a course's title links to; a list's
// length, its first three links and its last; a fold's summary, its number
// of chapters and its first four.
func expectLeft(w walker, want []string) {
	w.t.Helper()
	js := `(() => { const root = new URL("..", location.href).href, rel = a => a.href.replace(root, "").replace(/\/index\.html$/, ""), out = [];
		for (let e = document.querySelector("#progress-more > h2").nextElementSibling; e && e.tagName !== "H2"; e = e.nextElementSibling) {
			if (e.tagName === "H3") out.push("# " + rel(e.querySelector("a")));
			else if (e.tagName === "UL") { const a = [...e.children].map(li => rel(li.querySelector("a"))); out.push(a.length + ": " + a.slice(0, 3).join(", ") + " … " + a[a.length - 1]); }
			else if (e.matches("details.weak-later")) { const li = [...e.querySelectorAll("li")];
				out.push(e.querySelector("summary").textContent + " (" + li.length + "): " + li.slice(0, 4).map(l => rel(l.querySelector("a")) + " " + l.querySelector(".count").textContent).join(", ") + " …"); }
			else out.push(e.outerHTML.slice(0, 80));
		}
		return JSON.stringify(out); })()`
	var got []string
	if err := json.Unmarshal([]byte(w.eval(js).(string)), &got); err != nil {
		w.t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		w.t.Errorf("尚未掌握:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPracticeIndexRows: on the generated site of 2,000 skill points (20
// courses), the practice index lists every course as a row of its title
// and what it holds, as the home page does past a dozen courses, not as
// cards; axe, light and dark.
func TestPracticeIndexRows(t *testing.T) {
	out := generatedSites(t, largePoints)[0]
	m := readManifest(t, out)
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/", axe: axeSource(t)}
	w.visit(w.base+"practice/", "practice")
	w.expect(`document.querySelectorAll("main .card").length + " " + document.querySelectorAll(".practice-rows li").length`, fmt.Sprintf("0 %d", len(m.Courses)))
	w.expect(`document.querySelector(".practice-rows li").textContent`, m.Courses[0].Title+"100 个牢记要点练习")
	if found := w.colourProblems(); len(found) > 0 {
		t.Errorf("axe: %v", found)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestHomeCoursesBegun: on the generated site of 2,000 skill points (20
// courses: six cards, then rows), a trainee who began the second course (a
// card) and the fifteenth and ninth (rows) finds the rows begun first,
// under 正在学习, in course order, with their progress, right after the
// cards, and the other rows under 其他课程 in their order; the card stays
// where it was, marked; 继续学习 names its course.
// Nothing moves in sight as the page loads, on a phone or a desktop.
// From disk; axe, light and dark.
func TestHomeCoursesBegun(t *testing.T) {
	out := generatedSites(t, largePoints)[0]
	m := readManifest(t, out)
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/", axe: axeSource(t)}
	w.freshVisit(w.base+m.Courses[1].Chapters[0].Skills[0].URL, "skill")
	for _, c := range []int{14, 8} {
		w.visit(w.base+m.Courses[c].Chapters[2].Skills[1].URL, "skill")
		w.eval(`document.querySelector(".keypoints input[data-kp]").click()`)
	}
	var rest []string
	for _, c := range m.Courses[6:] {
		if c.ID != m.Courses[8].ID && c.ID != m.Courses[14].ID {
			rest = append(rest, c.ID)
		}
	}
	ids := func(sel string) string {
		return `[...document.querySelectorAll(` + jsString(sel) + `)].map(e => e.dataset.id).join(" ")`
	}
	for _, width := range []int64{phoneWidth, desktopWidth} {
		w.setWidth(width)
		w.visit(w.base, "home")
		if cls, moved := w.layoutShift(); cls >= maxCLS {
			t.Errorf("at %d px: layout shift %.3f as the page loads, moving %s", width, cls, moved)
		}
		w.expect(ids(".courses-begun li"), m.Courses[8].ID+" "+m.Courses[14].ID)
		w.expect(`document.querySelector(".courses-begun")?.previousElementSibling.textContent`, "正在学习")
		w.expect(`[...document.querySelectorAll(".courses-begun .progress-text")].map(e => e.textContent).join("|")`, "已掌握 0 / 100 个技能点|已掌握 0 / 100 个技能点")
		w.expect(`document.querySelector(".cards").nextElementSibling.nextElementSibling.matches(".courses-begun")`, true)
		w.expect(ids(".cards > li"), strings.Join([]string{m.Courses[0].ID, m.Courses[1].ID, m.Courses[2].ID, m.Courses[3].ID, m.Courses[4].ID, m.Courses[5].ID}, " "))
		w.expect(ids(".course-rows:not(.courses-begun) li"), strings.Join(rest, " "))
		w.expect(`document.querySelector(".course-rows:not(.courses-begun)").previousElementSibling.textContent`, "其他课程")
		w.expect(ids(".cards > li.is-begun")+` + " " + document.querySelector(".cards > li.is-begun h3").textContent`, m.Courses[1].ID+" "+m.Courses[1].Title+"（正在学习）")
		// the last worked on is the ninth course's: 继续学习 names it (a hundred courses have a 第1章 each)
		w.expect(`document.querySelector(".start-card.is-continue .start-chapter").textContent.startsWith(`+jsString(m.Courses[8].Title+" · ")+`)`, true)
	}
	if found := w.colourProblems(); len(found) > 0 {
		t.Errorf("axe: %v", found)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
