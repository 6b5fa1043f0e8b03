package e2e

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestPrint prints the bundled course as a trainee would after studying
// (issue 18): a skill point prints its text and its checklist, the ticked
// key points marked ✓, without the header, contents or pager; 我的进度, the
// completion record, prints on one A4 page.
func TestPrint(t *testing.T) {
	out := buildSite(t, repoRoot)
	m := readManifest(t, out)
	ctx, _ := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.visit(w.base, "home")
	tourOf(m).study(w)
	first := m.Courses[0].Chapters[0].Skills[0]
	w.visit(w.base+first.URL, "skill")
	printMedia(t, w, "print")
	defer printMedia(t, w, "")
	w.expect(`[".site-header", ".sidebar", ".pager"].map(s => document.querySelector(s)).filter(e => e && e.getBoundingClientRect().height > 0).length`, 0.0)
	w.expect(`document.querySelector(".keypoints").getBoundingClientRect().height > 0`, true)
	w.expect(`[...document.querySelectorAll(".keypoint label span")].filter(s => getComputedStyle(s, "::after").content.includes("✓")).length`,
		float64(len(first.KeyPoints)))
	if n := pdfPages(t, w, first.URL); n > 3 {
		t.Errorf("a skill point prints on %d pages", n)
	}
	w.visit(w.base+"progress/", "progress")
	waitJS(t, w, `!document.getElementById("progress-more").hidden`)
	if n := pdfPages(t, w, "progress/"); n != 1 {
		t.Errorf("我的进度 prints on %d A4 pages, want 1", n)
	}
}

// printMedia emulates the print media type, or the screen again with "".
func printMedia(t *testing.T, w walker, media string) {
	t.Helper()
	if _, err := chromedp.Call(w.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media}); err != nil {
		t.Fatal(err)
	}
}

// pageCount finds the page count of the PDF's page tree.
var pageCount = regexp.MustCompile(`/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b`)

// pdfPages prints the open page to PDF on A4 paper, as the theme's @page
// rule asks, and counts its pages.
func pdfPages(t *testing.T, w walker, name string) int {
	t.Helper()
	yes := true
	res, err := chromedp.Call(w.ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes, PaperWidth: 8.27, PaperHeight: 11.69})
	if err != nil {
		t.Fatal(err)
	}
	match := pageCount.FindSubmatch(res.Data)
	if match == nil {
		t.Fatalf("%s: no page count in the PDF", name)
	}
	n, _ := strconv.Atoi(string(append(match[1], match[2]...)))
	return n
}
