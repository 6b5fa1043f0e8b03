package scorm

import (
	"bytes"
	"fmt"

	"skillbook/build"
	"skillbook/internal/config"
	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/quiz"
)

// Export builds the course of the site in siteDir that slug names (its
// slug or id) as a SCORM package of the version and returns the zip; the
// diagnostics are the build's.
func Export(siteDir, slug string, v Version) ([]byte, diag.List) {
	res := build.Build(build.Options{SiteDir: siteDir, Course: slug, LMS: string(v)})
	if res.Diags.HasErrors() {
		return nil, res.Diags
	}
	var buf bytes.Buffer
	if err := Zip(&buf, v, describe(res), res.Files); err != nil {
		return nil, append(res.Diags, diag.Diagnostic{File: siteDir, Severity: diag.Error, Message: fmt.Sprintf("scorm: %v", err)})
	}
	return buf.Bytes(), res.Diags
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
