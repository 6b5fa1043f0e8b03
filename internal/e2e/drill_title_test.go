package e2e

import (
	"strings"
	"testing"
)

// TestDrillTitleOnPhone opens the drill of every skill point of the
// bundled course at 390 px and checks that its title fits the page and
// breaks the line before its end (" · 牢记要点练习"), never inside it.
func TestDrillTitleOnPhone(t *testing.T) {
	chineseFont(t)
	out := buildSite(t, repoRoot)
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.setWidth(390)
	for _, ch := range readManifest(t, out).Courses[0].Chapters {
		for _, s := range ch.Skills {
			w.visit(w.base+"drills/index.html?s="+s.URL, "drill")
			waitJS(t, w, `document.querySelector("fieldset.question") !== null || document.querySelector(".drill-status").textContent.startsWith("找不到")`)
			if w.eval(`document.querySelector("fieldset.question") === null`) == true {
				continue // a skill point with too few key points has no drill
			}
			title := w.eval(`document.getElementById("page-title").textContent`).(string)
			end := strings.TrimSpace(strings.TrimPrefix(title, s.Title))
			if end == "" || !strings.HasPrefix(title, s.Title) {
				t.Fatalf("drill title %q does not start with the skill point's %q", title, s.Title)
			}
			if n := w.eval(endLinesJS(end)); n != 1.0 {
				t.Errorf("drill title %q: its end %q is on %v lines at 390 px, want 1", title, end, n)
			}
			if w.eval(`(h => h.scrollWidth <= h.clientWidth && document.documentElement.scrollWidth <= innerWidth)(document.getElementById("page-title"))`) != true {
				t.Errorf("drill title %q is wider than the page at 390 px", title)
			}
		}
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// endLinesJS counts the lines the page title's last occurrence of end is
// laid out on, by a range over its text.
func endLinesJS(end string) string {
	return `(() => {
		const h1 = document.getElementById("page-title"), end = ` + jsString(end) + `;
		const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT), r = document.createRange();
		let node, text = "", nodes = [];
		while ((node = walker.nextNode())) { nodes.push([node, text.length]); text += node.data; }
		const at = text.lastIndexOf(end), find = i => nodes.filter(([n, s]) => s <= i && i <= s + n.data.length).pop();
		const [a, as] = find(at), [b, bs] = find(at + end.length);
		r.setStart(a, at - as); r.setEnd(b, at + end.length - bs);
		return new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top))).size;
	})()`
}
