package build

import (
	"fmt"
	"strings"
	"time"
)

// Stats counts what a build produced.
type Stats struct {
	Courses, Chapters, Skills, KeyPoints, Articles, Pages int
	Output                                                Output
}

func countStats(r *Result) Stats {
	var s Stats
	if r.Site != nil {
		s.Courses, s.Articles = len(r.Site.Courses), len(r.Site.Articles)
		for _, c := range r.Site.Courses {
			s.Chapters += len(c.Chapters)
			s.Skills += c.SkillCount()
			s.KeyPoints += c.KeyPointCount()
		}
	}
	for _, f := range r.Files {
		if strings.HasSuffix(f.Path, ".html") {
			s.Pages++
		}
	}
	s.Output = countOutput(r)
	return s
}

// Summary is the one-screen report printed after a build.
func (r *Result) Summary() string {
	s := r.Stats
	return fmt.Sprintf("%d courses, %d chapters, %d skill points, %d key points, %d articles\n%d pages in %s\n",
		s.Courses, s.Chapters, s.Skills, s.KeyPoints, s.Articles, s.Pages, r.Elapsed.Round(time.Millisecond))
}
