package search

import (
	"context"
	"testing"
)

// TestCourseTitles checks that on a site of two courses each skill point's
// result names its course, and a course's own result does not; on a site
// of one course none does.
func TestCourseTitles(t *testing.T) {
	for _, courses := range []int{1, 2} {
		docs := testDocs(20, "")
		for i := range docs {
			docs[i].Course = "a"
			if courses == 2 && i >= 10 {
				docs[i].Course = "b"
			}
		}
		docs[0].Kind, docs[0].Title = "course", "客服入门"
		docs[10].Kind, docs[10].Title = "course", "客服进阶"
		if courses == 1 {
			docs[10].Kind = "skill"
		}
		results, err := New(docs, testOptions).Search(context.Background(), "客户", 20)
		if err != nil || len(results) < 10 {
			t.Fatalf("%d courses: %d results, %v", courses, len(results), err)
		}
		want := map[string]string{"a": "客服入门", "b": "客服进阶"}
		for _, r := range results {
			named := want[r.Course]
			if courses == 1 || r.Kind == "course" {
				named = ""
			}
			if r.CourseTitle != named {
				t.Errorf("%d courses: %s (%s of %s) names course %q, want %q", courses, r.URL, r.Kind, r.Course, r.CourseTitle, named)
			}
		}
	}
}
