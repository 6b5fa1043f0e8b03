package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"skillbook/build"
	"skillbook/internal/manifest"
)

// TestBundledCourse walks the built bundled course in Chromium, opened from
// disk and served over http: home → course → chapter → skill point, the
// checklist has the manifest's key points, axe-core finds no serious or
// critical violation on any kind of page, and nothing logs an error.
func TestBundledCourse(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	res := build.Build(build.Options{SiteDir: repoRoot, OutDir: out})
	if len(res.Diags) > 0 {
		t.Fatalf("the bundled course must build without diagnostics:\n%s", res.Diags)
	}
	m := readManifest(t, out)
	axe := axeSource(t)
	ctx, consoleErrors := browser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()

	for _, base := range []string{"file://" + out + "/", srv.URL + "/"} {
		t.Run(strings.SplitN(base, ":", 2)[0], func(t *testing.T) {
			w := walker{t: t, ctx: ctx, base: base, axe: axe}
			w.walkCourse(m)
			w.visit(base+m.Library[0].URL, "article")
			w.visit(base+"library/", "library")
			if errs := consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
			}
		})
	}
}

func readManifest(t *testing.T, out string) *manifest.Manifest {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, manifest.FileName))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	// skillbook.json (format 2) leaves out the key points and the URLs that
	// are the id and a slash: the courses come whole from the outline
	// scripts, and the drills from the skill points' "drill".
	m.Courses = outlineCourses(t, out)
	for i := range m.Library {
		wholeURL(&m.Library[i])
	}
	m.Quizzes = append(m.Quizzes, manifestDrills(t, b, m.Courses)...)
	return &m
}

// outlineCourses reads the courses whole from the outline scripts
// (skillbook-outline/N.js), with the URLs they leave out put back.
func outlineCourses(t *testing.T, out string) []manifest.Course {
	var courses []manifest.Course
	for i := 0; ; i++ {
		b, err := os.ReadFile(filepath.Join(out, manifest.OutlineDir, strconv.Itoa(i)+".js"))
		if err != nil {
			return courses
		}
		start, end := bytes.IndexByte(b, '='), bytes.LastIndex(b, []byte("; })("))
		start += bytes.IndexByte(b[start+1:], '=') + 1 // the second "=": after "SB.outlineParts[N]"
		var part struct{ Course manifest.Course }
		if err := json.Unmarshal(b[start+1:end], &part); err != nil {
			t.Fatalf("%s/%d.js: %v", manifest.OutlineDir, i, err)
		}
		c := part.Course
		wholeURL(&c.Entry)
		for j := range c.Chapters {
			wholeURL(&c.Chapters[j].Entry)
			for k := range c.Chapters[j].Skills {
				wholeURL(&c.Chapters[j].Skills[k].Entry)
			}
		}
		courses = append(courses, c)
	}
}

func wholeURL(e *manifest.Entry) {
	if e.URL == "" {
		e.URL = e.ID + "/"
	}
}

// manifestDrills are the drills skillbook.json gives as its skill points'
// "drill", whole.
func manifestDrills(t *testing.T, raw []byte, courses []manifest.Course) []manifest.Quiz {
	var f struct {
		Courses []struct {
			Chapters []struct {
				Skills []struct {
					ID    string
					Drill int
				}
			}
		}
		DrillTitleEnd string
		DrillPass     float64
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	var drills []manifest.Quiz
	for i, c := range f.Courses {
		for j, ch := range c.Chapters {
			for k, s := range ch.Skills {
				if s.Drill == 0 {
					continue
				}
				e := courses[i].Chapters[j].Skills[k].Entry
				drills = append(drills, manifest.Quiz{Entry: manifest.Entry{ID: "drill/" + s.ID, Title: e.Title + f.DrillTitleEnd,
					URL: "drills/?s=" + strings.ReplaceAll(url.QueryEscape(e.URL), "+", "%20")}, For: s.ID, Course: courses[i].ID,
					Drill: true, Questions: s.Drill, Pass: f.DrillPass})
			}
		}
	}
	return drills
}

type walker struct {
	t    *testing.T
	ctx  context.Context
	base string
	axe  string
}

// walkCourse follows the links a trainee would click from the home page to
// the first skill point with key points, checking each page on the way.
func (w walker) walkCourse(m *manifest.Manifest) {
	course := m.Courses[0]
	chapter := course.Chapters[0]
	skill := chapter.Skills[0]
	w.visit(w.base+"index.html", "home")
	w.follow(".card a", course.URL, "course")
	w.follow(".chapter h2 a", chapter.URL, "chapter")
	w.follow(".skill-list a", skill.URL, "skill")
	got := w.eval(`document.querySelectorAll('.keypoints input[type=checkbox]').length`)
	if int(got.(float64)) != len(skill.KeyPoints) {
		w.t.Errorf("%s: checklist has %v items, want %d", skill.URL, got, len(skill.KeyPoints))
	}
}

// follow clicks the link to wantURL inside the elements that scope
// selects, as a trainee would, and checks where it led. Opened from disk,
// the page script has added index.html to the link.
func (w walker) follow(scope, wantURL, kind string) {
	w.t.Helper()
	want := w.base + wantURL
	if strings.HasPrefix(w.base, "file:") {
		want += "index.html"
	}
	mark := fmt.Sprintf(`(() => {
		const a = [...document.querySelectorAll(%q)].find(a => decodeURI(a.href) === %q);
		if (a) a.setAttribute("data-test-follow", "");
		return !!a;
	})()`, scope, want)
	if found := w.eval(mark); found != true {
		w.t.Fatalf("no link to %s in %s", want, scope)
	}
	ctx, cancel := context.WithTimeout(w.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("[data-test-follow]")), chromedp.WaitVisible(chromedp.CSS("body.kind-"+kind))); err != nil {
		w.t.Fatalf("following the link to %s: %v", want, err)
	}
	loc, _ := chromedp.Run(w.ctx, chromedp.Location())
	if decoded := decodeURL(loc); decoded != want {
		w.t.Errorf("the link to %s led to %s", want, decoded)
	}
	w.checkA11y(kind)
}

func (w walker) visit(url, kind string) {
	w.t.Helper()
	if path, query, _ := strings.Cut(url, "?"); strings.HasPrefix(w.base, "file:") && strings.HasSuffix(path, "/") {
		url = path + "index.html"
		if query != "" {
			url += "?" + query
		}
	}
	ctx, cancel := context.WithTimeout(w.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS("body.kind-"+kind))); err != nil {
		w.t.Fatalf("opening %s: %v", url, err)
	}
	w.checkA11y(kind)
}

// freshVisit opens url with no progress stored: it opens the page, clears
// localStorage (kept per origin, so it needs a page of the site) and opens
// the page again.
func (w walker) freshVisit(url, kind string) {
	w.t.Helper()
	w.visit(url, kind)
	w.eval(`localStorage.clear()`)
	w.visit(url, kind)
}

func (w walker) eval(js string) any {
	w.t.Helper()
	v, err := chromedp.Run(w.ctx, chromedp.Evaluate[any](js, chromedp.EvalAwaitPromise))
	if err != nil {
		w.t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// checkA11y runs axe-core on the page and fails on serious or critical
// violations.
func (w walker) checkA11y(kind string) {
	w.t.Helper()
	if w.axe == "" {
		return
	}
	w.eval(w.axe + ";true")
	found := w.eval(`axe.run(document, {resultTypes: ["violations"], preload: false}).then(r => r.violations
		.filter(v => v.impact === "serious" || v.impact === "critical")
		.map(v => v.impact + " " + v.id + ": " + v.help + " at " + v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", ")))`)
	for _, v := range found.([]any) {
		w.t.Errorf("axe on the %s page: %s", kind, v)
	}
}
