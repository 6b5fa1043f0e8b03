package e2e

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"skillbook/internal/corpus"
)

// TestProgressAtManyCourses begins one course of eight on a generated
// site of 800 skill points (no quizzes), as a trainee would, and checks
// that 我的进度 stays short: the seven courses not begun are folded away
// under one line, a row each; what is left lists the first twenty skill
// points and the one worked on further down, and counts the others by
// chapter under 另有 … 尚未开始; the mastery rule and the practice pages
// name no quizzes the site does not have. From disk; axe, light and dark,
// with both folds open.
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
		Begun, Items                           int
		Waiting, Later, Rule, LastItem, Course string
		Open                                   bool
		Rows, Chapters                         []string
	}
	js := `const root = new URL("..", location.href).href; JSON.stringify({begun: document.querySelectorAll(".progress-course").length,
		waiting: document.querySelector(".progress-waiting summary").textContent, open: document.querySelector(".progress-waiting").open,
		rows: [...document.querySelectorAll(".progress-waiting li")].map(li => li.textContent),
		course: document.querySelector(".progress-course h2").textContent,
		items: document.querySelectorAll("#progress-weak > li").length,
		lastItem: document.querySelector("#progress-weak > li:last-child a").href.replace(root, ""),
		later: document.querySelector(".weak-later summary").textContent,
		chapters: [...document.querySelectorAll(".weak-later li")].map(li => li.querySelector("a").href.replace(root, "") + " " + li.querySelector(".count").textContent),
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
	if got.Items != 21 || got.LastItem != "course-002/chapter-05/skill-03/index.html" || got.Later != "另有 79 个技能点尚未开始" {
		t.Errorf("what is left: %d items, the last %s, then %q; want 21, the page worked on last, 另有 79 个技能点尚未开始", got.Items, got.LastItem, got.Later)
	}
	wantChapters := []string{"course-002/chapter-03/index.html 10 个技能点", "course-002/chapter-04/index.html 10 个技能点", "course-002/chapter-05/index.html 9 个技能点"}
	if len(got.Chapters) != 8 || !slices.Equal(got.Chapters[:3], wantChapters) {
		t.Errorf("skill points not begun, by chapter: %q; want 8 chapters from %q", got.Chapters, wantChapters)
	}
	if got.Rule != "已掌握的标准：读完本页（读到页末）、勾选全部牢记要点。" {
		t.Errorf("mastery rule on a site without quizzes: %q", got.Rule)
	}
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
