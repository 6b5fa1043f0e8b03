package e2e

import (
	"strings"
	"testing"
)

// TestReviewCuesTellCardsApart: the cards of 如何建立完善的培训系统, two of
// whose key points begin 制定 (制定公司的培训策略, 制定年度培训计划), each
// show a cue of their own, never the whole key point.
func TestReviewCuesTellCardsApart(t *testing.T) {
	out := buildSite(t, repoRoot)
	m := readManifest(t, out)
	var url string
	for _, ch := range m.Courses[0].Chapters {
		for _, s := range ch.Skills {
			if s.Title == "如何建立完善的培训系统" {
				url = s.URL
			}
		}
	}
	ctx, consoleErrors := browser(t)
	w := walker{t: t, ctx: ctx, base: "file://" + out + "/"}
	w.freshVisit(w.base+url, "skill")
	studyPage(t, w)
	w.visit(w.base+"review/", "review")
	cues := map[string]string{}
	for i := 0; i < 10 && w.eval(`document.getElementById("review-card").hidden`) == false; i++ {
		cue := w.eval(`document.getElementById("review-cue").textContent`).(string)
		press(t, w, " ")
		answer := w.eval(`document.getElementById("review-answer").textContent`).(string)
		if other, dup := cues[cue]; dup {
			t.Errorf("%q and %q have one cue, %q", other, answer, cue)
		}
		if strings.TrimSuffix(cue, "……") == answer {
			t.Errorf("the cue of %q is the whole key point", answer)
		}
		cues[cue] = answer
		press(t, w, "3")
	}
	if len(cues) != 5 {
		t.Errorf("%d cards reviewed, want the skill point's 5: %v", len(cues), cues)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
