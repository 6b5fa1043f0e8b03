package search

import "skillbook/internal/content"

// Filter narrows a search to one course's pages, or to one kind of page
// (skill, chapter, course, article), or both: the results page's 课程 and
// 类型. The zero Filter keeps every page.
type Filter struct{ Course, Kind string }

// keeps reports whether a document passes the filter.
func (f Filter) keeps(d Doc) bool {
	return (f.Course == "" || d.Course == f.Course) && (f.Kind == "" || d.Kind == f.Kind)
}

// pagesMeta is what meta.js says of each document, for search.js to
// filter as Go does without a pack (keeper): the kinds, each named once,
// and a character per document, "0" for the first named; the courses as
// runs of documents in their order, [[course, how many]…] ("" for a page
// of no course). 10,000 skill points: 0.6 KB of meta.js, deflated.
func (ix *Index) pagesMeta() map[string]any {
	var kinds []string
	number := map[string]int{}
	of := make([]byte, len(ix.Docs))
	var runs [][]any
	for i, d := range ix.Docs {
		k, ok := number[d.Kind]
		if !ok {
			k, number[d.Kind] = len(kinds), len(kinds)
			kinds = append(kinds, d.Kind)
		}
		of[i] = byte('0' + k)
		if n := len(runs); n > 0 && runs[n-1][0] == d.Course {
			runs[n-1][1] = runs[n-1][1].(int) + 1
		} else {
			runs = append(runs, []any{d.Course, 1})
		}
	}
	return map[string]any{"kinds": kinds, "kindOf": string(of), "courses": runs}
}

// courseTitles maps each course to its title on a site of several
// courses, nil on a site of one: a result names its course (CourseTitle)
// only where another course may have a page of the same title. meta.js
// and meta-char.js carry it, for search.js to do the same.
func (ix *Index) courseTitles() map[string]string {
	titles := map[string]string{}
	for _, d := range ix.Docs {
		if d.Kind == string(content.KindCourse) {
			titles[d.Course] = d.Title
		}
	}
	if len(titles) < 2 {
		return nil
	}
	return titles
}

// courseTitle is the title of d's course, when titles has it and d is not
// the course's own page.
func courseTitle(titles map[string]string, d Doc) string {
	if d.Kind == string(content.KindCourse) {
		return ""
	}
	return titles[d.Course]
}
