package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestReviewHelpOnTouch checks the 复习 page's help: with a mouse it names
// the keys (Space, 1–4), on a touch screen it says to tap instead and no
// key is shown. (Only read skill points have cards: it reads one.)
func TestReviewHelpOnTouch(t *testing.T) {
	w, skill, consoleErrors := freshSkillVisit(t, 1, 0)
	waitJS(t, w, `!!(window.Skillbook && Skillbook.progress)`)
	w.eval(`document.querySelectorAll(".keypoints input[data-kp]").forEach(b => b.click())`)
	w.eval(`window.scrollTo(0, document.body.scrollHeight)`)
	waitJS(t, w, `!!Skillbook.progress.record().read[`+jsString(skill.ID)+`]`)
	shown := `document.querySelector(".review-help").innerText.trim() + "|" + [...document.querySelectorAll(".review-actions kbd")].filter(k => k.offsetParent).length`
	w.visit(w.base+"review/", "review")
	waitJS(t, w, `!document.getElementById("review-card").hidden`)
	w.expect(shown, "按空格键或点按卡片显示要点；按 1–4 评分：1 不记得、2 困难、3 记得、4 简单。|1")

	touch := func(on bool) {
		if _, err := chromedp.Call(w.ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: on, MaxTouchPoints: 5}); err != nil {
			t.Fatal(err)
		}
	}
	touch(true)
	defer touch(false)
	w.visit(w.base+"review/", "review")
	waitJS(t, w, `!document.getElementById("review-card").hidden`)
	w.expect(`matchMedia("(hover: none) and (pointer: coarse)").matches`, true)
	w.expect(shown, "点按“显示要点”或卡片看要点，再点按按钮评分：不记得、困难、记得、简单。|0")
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestDrillBreadcrumb checks that a drill's breadcrumbs lead to the list of
// its chapter's drills on the course's practice page (on a phone, the one
// crumb shown), from disk.
func TestDrillBreadcrumb(t *testing.T) {
	out := buildSite(t, repoRoot)
	skill := readManifest(t, out).Courses[0].Chapters[1].Skills[0]
	chapter := strings.Split(strings.Trim(skill.URL, "/"), "/")[1]
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.setWidth(390)
	w.visit(w.base+"drills/index.html?s="+skill.URL, "drill")
	waitJS(t, w, `document.querySelector("fieldset.question") !== null`)
	w.expect(`[...document.querySelectorAll(".breadcrumbs li")].filter(li => li.offsetParent).map(li => li.textContent).join("|")`, "练习")
	click, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(click, chromedp.Click(chromedp.CSS(".breadcrumbs a.drill-crumb")), chromedp.WaitVisible(chromedp.CSS("body.kind-practice"))); err != nil {
		t.Fatalf("following the drill's breadcrumb: %v", err)
	}
	w.expect(`location.href`, w.base+"practice/customer-service/index.html#pr-"+chapter)
	w.expect(`!!document.getElementById("pr-`+chapter+`")`, true)
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
