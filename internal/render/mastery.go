package render

import (
	"html/template"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/quiz"
)

// MasteryRule explains in one line what makes a skill point mastered, as
// the site's configuration sets it.
func (v *View) MasteryRule() string {
	return masteryRule(v.Site.Config.Language, v.Site.Config.Mastery.Rule())
}

// masteryRule is MasteryRule for a language and a rule ("read keypoints
// quizzes", say).
func masteryRule(lang, rule string) string {
	var parts []string
	for _, r := range strings.Fields(rule) {
		parts = append(parts, label(lang, "mastery_"+r))
	}
	if len(parts) == 0 {
		return label(lang, "mastery_rule_none")
	}
	return label(lang, "mastery_rule", strings.Join(parts, label(lang, "list_sep")))
}

// without is rule without the given requirements.
func without(rule string, needs ...string) string {
	return strings.Join(slices.DeleteFunc(strings.Fields(rule), func(r string) bool { return slices.Contains(needs, r) }), " ")
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
