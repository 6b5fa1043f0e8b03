package e2e

import (
	"os"
	"path/filepath"
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
			if n := w.eval(endLinesJS(`document.getElementById("page-title")`, end)); n != 1.0 {
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

// endLinesJS counts the lines the last occurrence of end in the element
// elem (a JS expression) is laid out on, by a range over its text.
func endLinesJS(elem, end string) string {
	return `(() => {
		const h1 = ` + elem + `, end = ` + jsString(end) + `;
		const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT), r = document.createRange();
		let node, text = "", nodes = [];
		while ((node = walker.nextNode())) { nodes.push([node, text.length]); text += node.data; }
		const at = text.lastIndexOf(end), find = i => nodes.filter(([n, s]) => s <= i && i <= s + n.data.length).pop();
		const [a, as] = find(at), [b, bs] = find(at + end.length);
		r.setStart(a, at - as); r.setEnd(b, at + end.length - bs);
		return new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top))).size;
	})()`
}

// TestDrillTitlesOnPracticePage lists the drills of a copy of the bundled
// course whose first skill point has a long title on its practice page, at
// 390 px and 1280 px, and checks that each drill's title breaks the line
// before its end (" · 牢记要点练习"), never inside it, and fits the page:
// every title as it is, and the long one lengthened a character at a time
// until its end has crossed every place a line can break.
func TestDrillTitlesOnPracticePage(t *testing.T) {
	chineseFont(t)
	site := bundledCopy(t)
	page := filepath.Join(site, "content/customer-service/01-service-ideas/01-service-is-intangible.md")
	src, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	const title = "服务是以无形的方式在客户与服务人员有形产品和服务系统之间发生的可以解决客户问题的一种或一系列有效的行为"
	long := strings.Replace(string(src), "title: 服务是以无形的方式\n", "title: "+title+"\n", 1)
	if long == string(src) {
		t.Fatal("the test's edit did not apply")
	}
	if err := os.WriteFile(page, []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	out := buildSite(t, site)
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	const end, links = "· 牢记要点练习", `document.querySelectorAll(".quiz-item a[href*='drills/']")`
	for _, width := range []int64{390, 1280} {
		w.setWidth(width)
		w.visit(w.base+"practice/customer-service/", "practice")
		w.expect(links+`[0].textContent`, title+" "+end)
		lines := endLinesJS("link", end)
		if broken := w.eval(`[...` + links + `].filter(link => ` + lines + ` !== 1).map(link => link.textContent).join(" | ")`); broken != "" {
			t.Errorf("at %d px, drill titles whose end is not on one line: %s", width, broken)
		}
		sweep := `(() => { const link = ` + links + `[0], head = link.firstChild, start = head.data, wrong = [];
			for (let k = 1; k <= 80; k++) { head.data = "长".repeat(k) + start; if (` + lines + ` !== 1) wrong.push(k); }
			head.data = start; return wrong.join(" "); })()`
		if broken := w.eval(sweep); broken != "" {
			t.Errorf("at %d px, the long drill title breaks inside its end when lengthened by these numbers of characters: %s", width, broken)
		}
		w.expect(`document.documentElement.scrollWidth <= innerWidth`, true)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// bundledCopy copies the bundled site's configuration, content and
// quizzes into a new folder and returns it.
func bundledCopy(t *testing.T) string {
	t.Helper()
	site := t.TempDir()
	for _, dir := range []string{"content", "quizzes"} {
		if err := os.CopyFS(filepath.Join(site, dir), os.DirFS(filepath.Join(repoRoot, dir))); err != nil {
			t.Fatal(err)
		}
	}
	config, err := os.ReadFile(filepath.Join(repoRoot, "skillbook.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, "skillbook.yaml"), config, 0o644); err != nil {
		t.Fatal(err)
	}
	return site
}
