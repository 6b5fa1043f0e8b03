package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestKeyboard walks the bundled course by keyboard, as at an office PC
// at 200 % zoom, where the header's search box and the course contents
// are folded away: one build and one browser for its parts.
func TestKeyboard(t *testing.T) {
	out := buildSite(t, repoRoot)
	ctx, consoleErrors := browser(t)
	for name, walk := range map[string]func(*testing.T, walker){
		"search icon": searchIconByKeyboard, "course contents": courseNavEscape, "links in the page": inPageLinksTakeFocus,
	} {
		t.Run(name, func(t *testing.T) { walk(t, walker{t: t, ctx: ctx, base: "file://" + out + "/"}) })
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// searchIconByKeyboard: on a narrow screen the header's search box is
// behind the 🔍 icon. Enter on the icon, and "/" anywhere, open the box
// with focus in it; Escape in an empty box shuts it again, focus back on
// the icon.
func searchIconByKeyboard(t *testing.T, w walker) {
	w.setWidth(390)
	w.visit(w.base+"customer-service/index.html", "course")
	w.expect(`document.getElementById("site-search-q").offsetParent === null && document.querySelector(".search-icon").getAttribute("aria-expanded")`, "false")
	w.key(".search-icon", kb.Enter)
	w.expect(`document.querySelector(".site-header").classList.contains("search-open") && document.activeElement.id`, "site-search-q")
	w.expect(`location.pathname.endsWith("/customer-service/index.html")`, true)
	if err := chromedp.Do(w.ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	w.expect(`document.querySelector(".site-header").classList.contains("search-open") + " " + document.activeElement.className`, "false search-icon")
	w.eval(`document.activeElement.blur(); true`)
	if err := chromedp.Do(w.ctx, chromedp.KeyEvent("/")); err != nil {
		t.Fatal(err)
	}
	w.expect(`document.querySelector(".site-header").classList.contains("search-open") && document.activeElement.id`, "site-search-q")
}

// courseNavEscape: on a narrow screen the course contents open from
// their toggle, and Escape shuts them, focus back on the toggle.
func courseNavEscape(t *testing.T, w walker) {
	w.setWidth(390)
	w.visit(w.base+"customer-service/service-ideas/target-market/index.html", "skill")
	w.key("details.course-nav summary", kb.Enter)
	w.expect(`document.querySelector("details.course-nav").open`, true)
	w.key("details.course-nav nav a", kb.Escape)
	w.expect(`document.querySelector("details.course-nav").open + " " + document.activeElement.tagName`, "false SUMMARY")
}

// inPageLinksTakeFocus: a link to a place in the page (去勾选牢记要点)
// moves focus there, so that the next Tab goes on from it.
func inPageLinksTakeFocus(t *testing.T, w walker) {
	w.setWidth(1280)
	w.visit(w.base+"customer-service/service-ideas/target-market/index.html", "skill")
	w.key(".to-keypoints a", kb.Enter)
	waitJS(t, w, `document.activeElement.id === decodeURIComponent(document.querySelector(".to-keypoints a").hash.slice(1))`)
	w.expect(`document.activeElement.tagName`, "H2")
}
