package render

import (
	"html/template"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/quiz"
)

// MasteryQuizzes are the quizzes a skill point's mastery needs passed, for
// the panel at the end of its page that says what mastery still needs.
func (v *View) MasteryQuizzes() []*quiz.Quiz {
	if v.quizzes == nil || v.Kind != content.KindSkill {
		return nil
	}
	var out []*quiz.Quiz
	for _, id := range v.quizzes.counting[v.Page] {
		if q := v.quizzes.byID[id]; q != nil {
			out = append(out, q)
		}
	}
	return out
}

// MasteryRule explains in one line what makes a skill point mastered, as
// the site's configuration sets it.
func (v *View) MasteryRule() string {
	var parts []string
	for _, r := range strings.Fields(v.Site.Config.Mastery.Rule()) {
		parts = append(parts, v.T("mastery_"+r))
	}
	if len(parts) == 0 {
		return v.T("mastery_rule_none")
	}
	return v.T("mastery_rule", strings.Join(parts, v.T("list_sep")))
}

// chapterQuiz is the quiz of the chapter a skill point ends, when it is
// the chapter's last skill point and the chapter has one: the pager's
// next step until the trainee has passed it.
func (r *Renderer) chapterQuiz(p *content.Page, ch *content.Chapter) *quiz.Quiz {
	if ch == nil || len(ch.Skills) == 0 || ch.Skills[len(ch.Skills)-1] != p {
		return nil
	}
	for _, q := range r.quizzes.forPage[ch.Page] {
		if !q.Drill {
			return q
		}
	}
	return nil
}

// MasteryOn reports whether the site's mastery rule needs the requirement
// named ("read", "keypoints" or "quizzes").
func (v *View) MasteryOn(name string) bool {
	return slices.Contains(strings.Fields(v.Site.Config.Mastery.Rule()), name)
}

// KeyPointsLink is the href attribute of a link to the checklist.
func (v *View) KeyPointsLink() template.HTMLAttr {
	return template.HTMLAttr(`href="#` + escapeHTML(fragment(v.KeyPointsAnchor())) + `"`)
}

// KeyPointsAnchor is the id of the key-points heading (牢记要点), for links
// to the checklist.
func (v *View) KeyPointsAnchor() string {
	for _, e := range v.TOC {
		if e.Text == v.Site.Config.Sections.KeyPoints {
			return e.ID
		}
	}
	return "main"
}
