package build

import (
	"strings"
	"testing"
)

// TestScopeToCourse builds the bundled site limited to its course: no
// library page or article, the course's quizzes only, a search index of
// the course alone; every page loads the SCORM bridge.
func TestScopeToCourse(t *testing.T) {
	res := Build(Options{SiteDir: "..", Course: "customer-service", LMS: "1.2"})
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags.String())
	}
	if len(res.Site.Courses) != 1 || res.Site.Library != nil || len(res.Site.Articles) != 0 {
		t.Fatalf("scoped site has %d courses, library %v, %d articles", len(res.Site.Courses), res.Site.Library, len(res.Site.Articles))
	}
	for _, d := range res.Search.Docs {
		if d.Kind != "home" && d.Course != "customer-service" {
			t.Errorf("scoped search index holds %s (%s, course %q)", d.URL, d.Kind, d.Course)
		}
	}
	for _, f := range res.Files {
		if strings.HasPrefix(f.Path, "library/") {
			t.Errorf("scoped build writes %s", f.Path)
		}
		if strings.HasSuffix(f.Path, ".html") && !strings.Contains(string(f.Data), `assets/scorm.js" data-scorm="1.2"`) {
			t.Errorf("%s does not load the SCORM bridge", f.Path)
		}
	}
	for _, q := range res.Quizzes {
		if !strings.HasPrefix(q.Target.URL, "customer-service/") {
			t.Errorf("quiz %s for %s kept", q.ID, q.Target.URL)
		}
	}
}
