package e2e

import (
	"fmt"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Widths the layout is checked at: a small phone and a desktop.
const (
	phoneWidth   = 360
	desktopWidth = 1280
	maxCLS       = 0.05
	minTapTarget = 44
)

// What the layout checks look at. Labels and button texts must stay on one
// line; tap targets are the links and buttons of the navigation, the pager,
// the checklist and the quiz options (links inside prose are exempt, as in
// WCAG 2.5.8).
const (
	oneLineLabels = `.progress-text, .progress-label, .mastery-count, .kp-count, .chapter-step-text, .count, .quiz-best, button, .button, [role=button], input[type=submit], .q-mark, #quiz-history th, #quiz-history td:nth-child(2), #quiz-history td:nth-child(3)`
	tapTargets    = `header a, header button, header summary, nav a, nav button, .pager a, .keypoints label, form.quiz label, form.quiz button, .quiz-actions a, .review-actions button, .progress-actions button, .progress-actions label, main button, main .button`
)

// layoutProblemsJS returns what is wrong with the page's layout at the
// current width: sideways scrolling (naming the elements that stick out),
// labels and buttons whose text wraps or, kept on one line, does not fit
// its box, a checked option's text wrapping beside its mark (正确答案，
// 你漏选了), a row of three buttons or more that leaves one alone on its
// last line, progress bars of a list's rows that do not line up, tables
// without rows (a header over nothing), and, on a phone, tap targets
// smaller than 44 × 44 px.
const layoutProblemsJS = `((phone, labels, targets, minTap) => {
	const problems = [], doc = document.documentElement, width = doc.clientWidth;
	const name = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + [...e.classList].map(c => "." + c).join("") +
		' "' + (e.textContent || e.value || "").trim().replace(/\s+/g, " ").slice(0, 30) + '"';
	const shown = e => {
		const r = e.getBoundingClientRect(), s = getComputedStyle(e);
		return r.width > 1 && r.height > 1 && s.visibility !== "hidden" && r.right > 0 && r.bottom + scrollY > 0;
	};
	if (doc.scrollWidth > width) {
		const wide = [...document.body.querySelectorAll("*")].filter(e => e.getBoundingClientRect().right > width + 0.5 &&
			![...e.children].some(c => c.getBoundingClientRect().right > width + 0.5)).slice(0, 3);
		problems.push("scrolls sideways: " + doc.scrollWidth + " px wide in " + width + " px, because of " + wide.map(name).join(", "));
	}
	const lines = e => {
		const range = document.createRange();
		range.selectNodeContents(e);
		const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
		let n = 0, bottom = -Infinity;
		for (const r of rects) {
			if (r.top >= bottom - 1) { n++; bottom = r.bottom; } else bottom = Math.max(bottom, r.bottom);
		}
		return n;
	};
	for (const e of document.querySelectorAll(labels)) {
		if (!shown(e)) continue;
		const r = e.getBoundingClientRect(), box = e.parentElement.getBoundingClientRect();
		if (lines(e) > 1) problems.push("text wraps onto " + lines(e) + " lines: " + name(e));
		else if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible" || r.right > box.right + 1 || r.left < box.left - 1) {
			problems.push("text does not fit its box: " + name(e));
		}
	}
	for (const mark of document.querySelectorAll(".q-options label > .q-mark")) {
		const text = mark.parentElement.querySelector("span:not(.q-mark)");
		if (shown(mark) && text && lines(text) > 1 && mark.getBoundingClientRect().top < text.getBoundingClientRect().bottom - 1) {
			problems.push("an option's text wraps beside its mark: " + name(mark.parentElement));
		}
	}
	for (const row of document.querySelectorAll(".review-actions, #review-grades, .progress-actions, .quiz-actions")) {
		const tops = [...row.children].filter(b => b.matches("button, .button, label") && shown(b)).map(b => Math.round(b.getBoundingClientRect().top));
		const lastRow = tops.filter(t => t === Math.max(...tops)).length;
		if (new Set(tops).size > 1 && lastRow === 1 && tops.length - lastRow > 2) problems.push("a button left alone on the last line of its row: " + name(row));
	}
	for (const list of document.querySelectorAll("ul, ol")) {
		const bars = [...list.children].map(li => li.querySelector("progress, [role=progressbar]")).filter(b => b && shown(b))
			.map(b => [b, b.getBoundingClientRect(), b.closest("li").getBoundingClientRect().left]);
		const odd = bars.filter(([, r, row]) => row === bars[0][2] && (Math.abs(r.left - bars[0][1].left) > 1 || Math.abs(r.width - bars[0][1].width) > 1));
		if (odd.length) problems.push("progress bars of a list's rows do not line up: " + name(odd[0][0].closest("li")));
	}
	for (const e of document.querySelectorAll("table")) {
		if (shown(e) && !e.querySelector("tbody tr, tr td")) problems.push("a table without rows: " + name(e));
	}
	if (phone) {
		for (const e of document.querySelectorAll(targets)) {
			const r = e.getBoundingClientRect();
			if (shown(e) && (r.width < minTap - 0.5 || r.height < minTap - 0.5)) {
				problems.push("tap target " + Math.round(r.width) + " × " + Math.round(r.height) + " px: " + name(e));
			}
		}
	}
	return problems;
})`

// layoutShiftJS waits until the page has loaded and stopped loading, then
// returns its cumulative layout shift from the buffered layout-shift
// entries (shifts right after input excluded, as in CLS), and the
// elements that moved most.
const layoutShiftJS = `new Promise(done => {
	let cls = 0;
	const moved = [];
	new PerformanceObserver(list => {
		for (const e of list.getEntries()) {
			if (e.hadRecentInput) continue;
			cls += e.value;
			for (const s of e.sources || []) {
				const n = s.node && (s.node.nodeType === 1 ? s.node : s.node.parentElement);
				if (n) moved.push(n.tagName.toLowerCase() + [...n.classList].map(c => "." + c).join("") + (n.id ? "#" + n.id : ""));
			}
		}
	}).observe({type: "layout-shift", buffered: true});
	let last = -1;
	const settle = () => {
		const n = performance.getEntriesByType("resource").length;
		if (document.readyState === "complete" && n === last) return done([cls, [...new Set(moved)].slice(0, 4).join(", ")]);
		last = n;
		setTimeout(settle, 100);
	};
	settle();
})`

// axeAll runs the axe-core rules of WCAG 2.0, 2.1 and 2.2 A and AA (target
// size among them) and axe's best practices; axeColours only those that
// colours decide, for a second run in the other colour scheme.
const (
	axeAll     = `{type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}`
	axeColours = `{type: "rule", values: ["color-contrast", "link-in-text-block"]}`
)

// axeProblemsJS runs axe-core's rules (runOnly) on the part of the page
// that scope selects and returns its serious and critical violations.
const axeProblemsJS = `((scope, runOnly) => axe.run(scope, {runOnly, resultTypes: ["violations"], preload: false})
	.then(r => r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
	.map(v => v.impact + " " + v.id + ": " + v.help + " at " + v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", "))))`

// darkProblemJS says what is wrong when the page ignores a dark colour
// scheme: its background stays light.
const darkProblemJS = `(() => {
	const bg = [document.body, document.documentElement].map(e => getComputedStyle(e).backgroundColor).find(c => !/rgba\(0, 0, 0, 0\)|transparent/.test(c)) || "rgb(255, 255, 255)";
	const [r, g, b] = bg.match(/[\d.]+/g).map(Number);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b > 100 ? "the background stays light (" + bg + ") with prefers-color-scheme: dark" : "";
})()`

// focusProblemJS says what is wrong with the focused element: focus must be
// visible, as an outline or a box shadow.
const focusProblemJS = `(() => {
	const e = document.activeElement;
	if (!e || e === document.body) return "";
	const s = getComputedStyle(e);
	const ring = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1 || s.boxShadow !== "none";
	return ring ? "" : "no visible focus on " + e.tagName.toLowerCase() + ' "' + (e.textContent || e.value || "").trim().slice(0, 30) + '"';
})()`

// layoutProblems runs the layout checks on the open page.
func (w walker) layoutProblems(phone bool) []string {
	w.t.Helper()
	js := fmt.Sprintf("%s(%v, %q, %q, %d)", layoutProblemsJS, phone, oneLineLabels, tapTargets, minTapTarget)
	return stringList(w.eval(js))
}

// layoutShift returns the open page's cumulative layout shift and the
// elements that moved.
func (w walker) layoutShift() (float64, string) {
	w.t.Helper()
	v := w.eval(layoutShiftJS).([]any)
	return v[0].(float64), v[1].(string)
}

// axeProblems runs axe-core's rules (axeAll or axeColours) on the
// elements scope selects ("document" for the page) and returns its serious
// and critical violations.
func (w walker) axeProblems(scope, rules string) []string {
	w.t.Helper()
	if w.eval(`typeof axe`) != "object" {
		w.eval(w.axe + ";true")
	}
	return stringList(w.eval(axeProblemsJS + "(" + scope + ", " + rules + ")"))
}

// focusProblems presses Tab up to n times from the top of the page and
// returns the focused elements whose focus cannot be seen.
func (w walker) focusProblems(n int) []string {
	w.t.Helper()
	var found []string
	w.eval(`document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); true`)
	for range n {
		if err := chromedp.Do(w.ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			w.t.Fatal(err)
		}
		if p := w.eval(focusProblemJS).(string); p != "" {
			found = append(found, p)
		}
	}
	return found
}

// setWidth sets the viewport's width (a phone's height below 600 px,
// otherwise a desktop's).
func (w walker) setWidth(width int64) {
	w.t.Helper()
	height := int64(900)
	if width < 600 {
		height = 740
	}
	if err := chromedp.Do(w.ctx, chromedp.EmulateViewport(width, height)); err != nil {
		w.t.Fatal(err)
	}
}

// colorScheme emulates prefers-color-scheme: "light" or "dark".
func (w walker) colorScheme(scheme string) {
	w.t.Helper()
	_, err := chromedp.Call(w.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
}

// stringList turns a JavaScript array of strings into a slice.
func stringList(v any) []string {
	var out []string
	for _, s := range v.([]any) {
		out = append(out, s.(string))
	}
	return out
}
