package scorm

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"

	"skillbook/build"
	"skillbook/internal/config"
	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/output"
	"skillbook/internal/quiz"
)

// Package is a course's SCORM package: the zip, its version, and the
// mastery score its manifest gives the LMS (0 to 1).
type Package struct {
	Zip     []byte
	Version Version
	Mastery float64
}

// MasteryPercent is the mastery score in per cent, as precise as the
// manifest gives it (a whole number in 1.2).
func (p Package) MasteryPercent() string {
	if p.Version == V12 {
		return manifestData{Course: Course{Mastery: p.Mastery}}.MasteryPercent()
	}
	return strconv.FormatFloat(roundTo(p.Mastery*100, 2), 'f', -1, 64)
}

// Export builds the course of the site in siteDir that slug names (its
// slug or id) as a SCORM package of the version; the diagnostics are the
// build's.
func Export(siteDir, slug string, v Version) (Package, diag.List) {
	res := build.Build(build.Options{SiteDir: siteDir, Course: slug, LMS: string(v)})
	if res.Diags.HasErrors() {
		return Package{}, res.Diags
	}
	var buf bytes.Buffer
	course := describe(res)
	if err := Zip(&buf, v, course, packaged(res.Files)); err != nil {
		return Package{}, append(res.Diags, diag.Diagnostic{File: siteDir, Severity: diag.Error, Message: fmt.Sprintf("scorm: %v", err)})
	}
	return Package{Zip: buf.Bytes(), Version: v, Mastery: course.Mastery}, res.Diags
}

// websiteOnly are the files of a build that only a web host uses: the page
// it shows at a mistyped address and the map of the site's addresses for
// search engines, both pointing at the public site, not into a package.
var websiteOnly = []string{"404.html", "sitemap.xml"}

// packaged are the files of a build that go into a package.
func packaged(files []output.File) []output.File {
	return slices.DeleteFunc(slices.Clone(files), func(f output.File) bool { return slices.Contains(websiteOnly, f.Path) })
}

// Courses lists the slugs of the site's courses.
func Courses(siteDir string) ([]string, diag.List) {
	cfg, diags := config.Load(siteDir)
	if cfg == nil {
		return nil, diags
	}
	site, more := content.Load(siteDir, *cfg)
	var slugs []string
	for _, c := range site.Courses {
		slugs = append(slugs, c.Page.Slug)
	}
	return slugs, append(diags, more...)
}

// describe says what the manifest says about the one course a scoped
// build holds.
func describe(res *build.Result) Course {
	site := res.Site
	c := site.Courses[0].Page
	return Course{
		SiteID: site.Config.ID, CourseID: c.ID,
		Title: c.Title(), Description: c.Summary(), Language: site.Config.Language,
		Launch:  c.URL + "index.html",
		Mastery: mastery(res.Quizzes),
	}
}

// mastery is the mean pass mark of the course's quizzes (drills aside).
func mastery(quizzes []*quiz.Quiz) float64 {
	sum, n := 0.0, 0
	for _, q := range quizzes {
		if !q.Drill {
			sum += q.PassMark()
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
