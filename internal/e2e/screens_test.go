package e2e

import (
	"bytes"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"skillbook/internal/sitetest"
)

// screenWidths are the widths of the screenshots: phone, tablet, desktop.
var screenWidths = []int64{phoneWidth, 768, desktopWidth}

// maxScreens is how many screens of a long page a screenshot shows.
const maxScreens = 3

// TestScreens takes screenshots of a page of every kind of the bundled
// course (and the fixture's tag pages) at 360, 768 and 1280 px, in light
// and dark colours, into the folder -screens names, as
// NAME-WIDTH-SCHEME.png: `go test ./internal/e2e -run Screens -screens DIR`.
// Without -screens it takes one, of the home page, and checks its size.
func TestScreens(t *testing.T) {
	out := buildSite(t, repoRoot)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: srv.URL + "/"}
	if *screensDir == "" {
		file := filepath.Join(t.TempDir(), "home.png")
		w.screenshot(sitePage{name: "home", path: "", kind: "home"}, phoneWidth, "light", file)
		checkPNG(t, file, phoneWidth)
		return
	}
	if err := os.MkdirAll(*screensDir, 0o755); err != nil {
		t.Fatal(err)
	}
	tour := tourOf(readManifest(t, out))
	w.open(sitePage{path: "", kind: "home"})
	w.eval(`localStorage.clear()`)
	w.screenshots(tour.fresh)
	tour.study(w)
	w.screenshots(tour.studied)
	w.eval(`localStorage.clear()`)

	fixture := buildSite(t, sitetest.Extract(t, "../../build/testdata/sites/basic.txtar"))
	tags := httptest.NewServer(http.FileServer(http.Dir(fixture)))
	defer tags.Close()
	w.base = tags.URL + "/"
	w.screenshots(tagPages)
	t.Logf("screenshots in %s", *screensDir)
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// screenshots photographs each page at every width in both colour schemes.
func (w walker) screenshots(pages []sitePage) {
	for _, p := range pages {
		for _, width := range screenWidths {
			for _, scheme := range []string{"light", "dark"} {
				w.screenshot(p, width, scheme, filepath.Join(*screensDir, fmt.Sprintf("%s-%d-%s.png", p.name, width, scheme)))
			}
		}
	}
	w.colorScheme("light")
}

// screenshot opens the page at the width in the colour scheme, does what
// the trainee does on it, and saves its first screens as a PNG file.
func (w walker) screenshot(p sitePage, width int64, scheme, file string) {
	w.t.Helper()
	w.setWidth(width)
	w.colorScheme(scheme)
	w.open(p)
	if p.act != nil {
		p.act(w)
		w.eval(`window.scrollTo(0, 0)`)
	}
	size := w.eval(`[document.documentElement.clientWidth, document.documentElement.scrollHeight, innerHeight]`).([]any)
	height := min(size[1].(float64), maxScreens*size[2].(float64))
	shot, err := chromedp.Call(w.ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{
		CaptureBeyondViewport: ptrTo(true),
		Clip:                  &page.Viewport{Width: size[0].(float64), Height: height, Scale: 1},
	})
	if err != nil {
		w.t.Fatalf("%s: %v", file, err)
	}
	if err := os.WriteFile(file, shot.Data, 0o644); err != nil {
		w.t.Fatal(err)
	}
}

// checkPNG fails unless file is a PNG image of the given width.
func checkPNG(t *testing.T, file string, width int64) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if got := img.Bounds().Dx(); int64(got) != width {
		t.Errorf("%s is %d px wide, want %d", file, got, width)
	}
}

func ptrTo[T any](v T) *T { return &v }
