package e2e

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"skillbook/internal/serve"
	"skillbook/internal/sitetest"
)

// TestServeReloadsAndShowsErrors opens a page of `skillbook serve` in
// Chromium: an edit reloads it, a stylesheet edit swaps the stylesheet
// without a reload, a broken file shows the error overlay over the last
// good page, and the fix clears it.
func TestServeReloadsAndShowsErrors(t *testing.T) {
	site := sitetest.Extract(t, "../serve/testdata/site.txtar")
	ctx, consoleErrors := browser(t)
	url := startServer(t, site)
	page := filepath.Join(site, "content/cs/ch/01-skill.md")
	edit := func(text string) {
		t.Helper()
		if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w := walker{t: t, ctx: ctx, base: url, axe: axeSource(t)}
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"cs/ch/skill/"), chromedp.WaitVisible(chromedp.CSS("body.kind-skill"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, w, `window.Skillbook && Skillbook.live === "connected"`)
	w.eval(`window.beforeEdit = true`)

	edit("---\ntitle: 技能\n---\n改过了。\n")
	waitJS(t, w, `window.beforeEdit === undefined && document.body.textContent.includes("改过了")`)
	waitJS(t, w, `Skillbook.live === "connected"`)

	w.eval(`window.beforeEdit = true`)
	css := filepath.Join(site, "themes/default/static/style.css")
	if err := os.MkdirAll(filepath.Dir(css), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(css, []byte("body { background: rgb(1, 2, 3); }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitJS(t, w, `getComputedStyle(document.body).backgroundColor === "rgb(1, 2, 3)"`)
	if w.eval(`window.beforeEdit === true`) != true {
		t.Error("a stylesheet edit reloaded the page")
	}

	edit("---\ntitle: 技能\ntitel: 拼错\n---\n")
	waitJS(t, w, `(document.getElementById("skillbook-overlay") || {}).textContent?.includes('unknown key "titel"') === true`)
	if w.eval(`document.body.textContent.includes("改过了")`) != true {
		t.Error("the last good page is not under the overlay")
	}
	checkOverlay(t, w)
	edit("---\ntitle: 技能\ntitel: 又拼错\n---\n")
	waitJS(t, w, `(document.getElementById("skillbook-overlay") || {}).textContent?.includes('unknown key "titel"') === true`)
	edit("---\ntitle: 技能\n---\n又好了。\n")
	waitJS(t, w, `document.getElementById("skillbook-overlay") === null && document.body.textContent.includes("又好了")`)
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// checkOverlay checks the open error overlay: in the site's language, the
// hint apart from the error, its own readable colours, the diagnostic's
// file:line a link to its page, no serious or critical axe-core violation
// in light or dark colours, and a close button that closes it.
func checkOverlay(t *testing.T, w walker) {
	t.Helper()
	got := w.eval(`(() => { const o = document.getElementById("skillbook-overlay"), b = o.querySelector("button"),
		hint = [...o.querySelectorAll("li div")].find(d => d.textContent.startsWith("提示："));
		return [o.querySelector("p").textContent, b.textContent, !!hint, getComputedStyle(o.querySelector("li pre") || o).color].join("|") })()`)
	want := "构建失败：在修正错误之前，显示的是上一次成功构建的网站|关闭|true|rgb(244, 244, 245)"
	if got != want {
		t.Errorf("overlay = %q, want %q", got, want)
	}
	if caret := w.eval(`(document.querySelector("#skillbook-overlay li pre .skillbook-caret") || {}).textContent`); caret != "t" {
		t.Errorf("the source line marks %v, want the t of titel at column 1", caret)
	}
	if link := w.eval(`(document.querySelector("#skillbook-overlay li a") || {}).pathname`); link != "/cs/ch/skill/" {
		t.Errorf("the diagnostic's file:line links to %v, want /cs/ch/skill/ (the page of content/cs/ch/01-skill.md)", link)
	}
	for _, scheme := range []string{"light", "dark"} {
		w.colorScheme(scheme)
		for _, p := range w.axeProblems(`{include: ["#skillbook-overlay"]}`, axeAll) {
			t.Errorf("axe on the overlay in %s colours: %s", scheme, p)
		}
	}
	w.colorScheme("light")
	w.eval(`document.querySelector("#skillbook-overlay button").click()`)
	if w.eval(`document.getElementById("skillbook-overlay") === null`) != true {
		t.Error("the close button did not close the overlay")
	}
}

// startServer runs `skillbook serve` on the site until the test ends.
func startServer(t *testing.T, site string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serve.Run(ctx, serve.Options{Site: site, Addr: "127.0.0.1:0", Log: io.Discard, Ready: func(u string) { ready <- u }})
	}()
	t.Cleanup(func() { cancel(); <-done })
	select {
	case url := <-ready:
		return url
	case err := <-done:
		t.Fatalf("serve: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve not ready")
	}
	return ""
}

// waitJS waits until the expression is true in the page.
func waitJS(t *testing.T, w walker, expr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if v, err := chromedp.Run(w.ctx, chromedp.Evaluate[bool](expr)); err == nil && v {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", expr)
}
