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
	return fmt.Sprintf("%s, %s, %s, %s, %s\n%s in %s\n", count(s.Courses, "course"), count(s.Chapters, "chapter"),
		count(s.Skills, "skill point"), count(s.KeyPoints, "key point"), count(s.Articles, "article"), count(s.Pages, "page"),
		r.Elapsed.Round(time.Millisecond))
}

// count is n things, the noun in the plural unless n is 1: 1 course, 3
// courses.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
