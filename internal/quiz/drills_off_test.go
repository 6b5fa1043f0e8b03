package quiz

import "testing"

// TestDrillsOff: a course with `drills: false` gets none.
func TestDrillsOff(t *testing.T) {
	site := loadBundled(t)
	if len(Drills(site)) == 0 {
		t.Fatal("the bundled course has no drills to turn off")
	}
	off := false
	site.Courses[0].Page.Meta.Drills = &off
	if d := Drills(site); len(d) != 0 {
		t.Errorf("%d drills with drills: false", len(d))
	}
}
