package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestDesignStates follows a new trainee through the states the pages
// show (issue 18): 从这里开始 on the home page and the empty states of
// 我的进度 and 复习 before anything was read; then a skill point's ticked
// count and its row's mastery state with its text; then 继续学习. With
// scripts off the home page still says where to start and the header
// links 练习. From disk and over http.
func TestDesignStates(t *testing.T) {
	out := buildSite(t, repoRoot)
	m := readManifest(t, out)
	first := m.Courses[0].Chapters[0].Skills[0]
	chapter := m.Courses[0].Chapters[0]
	fromDiskAndHTTP(t, out, func(t *testing.T, w walker) {
		w.freshVisit(w.base, "home")
		w.expect(`document.querySelector(".start-card .start-kicker").textContent`, "从这里开始")
		w.expect(`document.querySelector(".start-card .start-skill").textContent`, first.Title)
		w.expect(`document.querySelector(".site-nav").textContent.includes("练习")`, true)
		// where progress is kept, and that another device, browser or the files on disk keep their own
		w.expect(`document.querySelector(".start-card + .progress-where").textContent`, "学习进度只保存在本浏览器中，换设备、换浏览器或从本地文件打开时互不相通：导出、导入进度")
		w.expect(`/progress\/(index\.html)?#progress-actions$/.test(document.querySelector(".progress-where a").href)`, true)

		w.visit(w.base+"progress/", "progress")
		waitJS(t, w, `!document.getElementById("progress-more").hidden`)
		w.expect(`[document.getElementById("progress-empty").hidden, document.getElementById("progress-courses").hidden, document.getElementById("quiz-history").getBoundingClientRect().height].join()`, "false,true,0")
		w.expect(`document.querySelector("h1 + .progress-file").hidden`, !strings.HasPrefix(w.base, "file:"))
		// a trainee new on this device is told how to bring progress made elsewhere
		w.expect(`document.querySelector("#progress-empty a[href='#progress-actions']").textContent`, "在另一台设备或浏览器学过？先在那里“导出进度”，再在本页下方“导入进度”。")
		w.visit(w.base+"review/", "review")
		w.expect(`document.getElementById("review-start").hidden`, false)

		w.visit(w.base+first.URL, "skill")
		n := strconv.Itoa(len(first.KeyPoints))
		w.expect(`document.querySelector(".keypoints .kp-count").textContent`, "已勾选 0 / "+n)
		w.eval(`document.querySelector(".keypoints input[data-kp]").click()`)
		w.expect(`document.querySelector(".keypoints .kp-count").textContent`, "已勾选 1 / "+n)
		w.eval(`document.querySelectorAll(".keypoints input[data-kp]").forEach((b, i) => i > 0 && b.click())`)
		w.expect(`document.querySelector(".keypoints").classList.contains("is-complete")`, true)
		w.expect(`document.querySelector(".chapter-step-text").textContent`, "本章第 1 / "+strconv.Itoa(len(chapter.Skills))+" 节")

		w.visit(w.base+chapter.URL, "chapter")
		w.expect(`[...document.querySelectorAll(".skill-item")].slice(0, 2).map(e => e.dataset.state + "=" + e.querySelector(".state-text").textContent).join()`, "ticked=（要点已全部勾选）,unread=（未读）") // every key point ticked, not read to the end

		w.visit(w.base, "home")
		w.expect(`document.querySelector(".start-card.is-continue .start-kicker").textContent`, "继续学习")
	})
}

// TestDesignWithoutScripts: with JavaScript off, the home page says where
// to start, a skill point has its contents, pager and checklist link, and
// on a wide screen the course contents show beside the text.
func TestDesignWithoutScripts(t *testing.T) {
	out := buildSite(t, repoRoot)
	m := readManifest(t, out)
	first := m.Courses[0].Chapters[0].Skills[0]
	ctx, _ := browser(t)
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base+"index.html", "home")
	w.expect(`document.querySelector(".start-card a").getAttribute("href")`, first.URL)
	w.visit(w.base+first.URL+"index.html", "skill")
	w.expect(`[...document.querySelectorAll(".course-nav a, .pager a, .to-keypoints a")].length > 3`, true)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	w.expect(`document.querySelector(".course-nav a[aria-current]").getBoundingClientRect().height > 0`, true)
}
