package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"skillbook/internal/sitetest"
)

// TestLayoutChecksCanFail breaks a page of the golden fixture site in each
// way TestLayout looks for and checks that each check says so: a wide
// element, a wrapping progress label, one that sticks out of its box, a small navigation link, a shift after load,
// text without contrast, an empty table, progress bars out of line, a
// checked option's text wrapping beside its mark, a button alone on the
// last line of its row, a light page in dark colours, focus without a ring.
func TestLayoutChecksCanFail(t *testing.T) {
	out := buildSite(t, sitetest.Extract(t, "../../build/testdata/sites/basic.txtar"))
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	ctx, _ := browser(t)
	w := walker{t: t, ctx: ctx, base: srv.URL + "/", axe: axeSource(t)}
	w.setWidth(phoneWidth)
	w.open(sitePage{path: "cs/basics/greeting/", kind: "skill"})
	w.eval(breakThePageJS)
	shift, _ := w.layoutShift()
	found := append(w.layoutProblems(true), w.axeProblems("document", axeAll)...)
	w.colorScheme("dark")
	found = append(found, w.eval(`document.body.style.background = "#fff"; `+darkProblemJS).(string))
	w.colorScheme("light")
	found = append(found, w.focusProblems(3)...)
	all := strings.Join(found, "\n")
	t.Logf("what the checks found on the broken page:\n%s", all)
	for _, want := range []string{"scrolls sideways: ", "text wraps onto ", "text does not fit its box", "tap target ", "color-contrast", "a table without rows", "progress bars of a list's rows do not line up",
		"an option's text wraps beside its mark", "a button left alone on the last line of its row", "the background stays light", "no visible focus"} {
		if !strings.Contains(all, want) {
			t.Errorf("the checks miss %q; they found:\n%s", want, all)
		}
	}
	if shift < maxCLS {
		t.Errorf("a block put above the content after load: layout shift %.3f, want at least %.2f", shift, maxCLS)
	}
}

// breakThePageJS adds what TestLayoutChecksCanFail looks for to the page,
// by script and the CSS object model (the site's CSP refuses inline styles).
const breakThePageJS = `(() => {
	const main = document.querySelector("main");
	const add = (tag, text, style, parent = main) => {
		const e = parent.appendChild(document.createElement(tag));
		e.textContent = text;
		Object.assign(e.style, style);
		return e;
	};
	main.prepend(add("div", "moved", {height: "300px"}));
	add("div", "wide", {minWidth: "900px"});
	add("span", "已掌握 0 / 100 个技能点", {display: "inline-block", width: "60px", whiteSpace: "normal"}).className = "progress-text";
	add("span", "已掌握 1 / 100 个技能点", {whiteSpace: "nowrap"}, add("div", "", {width: "60px"})).className = "progress-text";
	add("a", "x", {fontSize: "10px", padding: "0"}, add("nav", "", {})).href = "#";
	add("p", "看不清的字", {color: "#ddd", background: "#fff"});
	add("th", "测验", {}, add("tr", "", {}, add("thead", "", {}, add("table", "", {}))));
	const rows = add("ul", "", {});
	for (const title of ["短", "一个很长很长的章节标题"]) {
		const li = add("li", "", {display: "flex"}, rows);
		add("span", title, {}, li);
		add("progress", "", {}, li).value = 0.5;
	}
	const option = add("label", "", {display: "flex", flexWrap: "nowrap", width: "150px"}, add("li", "", {}, add("ul", "", {})));
	option.parentNode.parentNode.className = "q-options";
	add("span", "尊重客户权利和知情权", {}, option);
	add("span", "✗ 你选的，错误", {whiteSpace: "nowrap"}, option).className = "q-mark";
	const buttons = add("div", "", {display: "flex", flexWrap: "wrap", width: "240px"});
	buttons.className = "progress-actions";
	for (const text of ["不记得", "困难", "记得", "简单"]) add("button", text, {width: "70px"}, buttons);
	const sheet = new CSSStyleSheet();
	sheet.replaceSync("*:focus, *:focus-visible { outline: none !important; box-shadow: none !important; }");
	document.adoptedStyleSheets = [sheet];
	return true;
})()`
