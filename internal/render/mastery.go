package render

import (
	"html/template"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/quiz"
)

// MasteryRule explains in one line what makes a skill point mastered, as
// the site's configuration sets it, leaving out the quizzes where no skill
// point of the page's course (of the site, on a page of no course) has one
// to pass: a trainee would look for quizzes that are not there.
func (v *View) MasteryRule() string {
	rule := v.Site.Config.Mastery.Rule()
	if !v.anyCountingQuiz() {
		rule = without(rule, "quizzes")
	}
	return masteryRule(v.Site.Config.Language, rule)
}

// anyCountingQuiz reports whether a skill point of the page's course, or
// of the site when the page is in none, has a quiz its mastery needs.
func (v *View) anyCountingQuiz() bool {
	courses := v.Site.Courses
	if v.Course != nil {
		courses = []*content.Course{v.Course}
	}
	for _, c := range courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				if len(v.quizzes.counting[s]) > 0 {
					return true
				}
			}
		}
	}
	return false
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
