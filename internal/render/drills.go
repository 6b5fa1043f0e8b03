package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/output"
	"skillbook/internal/pool"
	"skillbook/internal/quiz"
)

// Drills are not pages: at one per skill point they would double a large
// site's build. Each chapter's drills are data in a script,
// drills/<chapter>/data.js, and one page, drills/, shows the drill named by
// its ?s= query (a skill point's URL) with the same markup and scoring as
// a quiz.

// DrillDir is where the drill page and the drills' data are.
const DrillDir = "drills/"

// drillData is a drill as drill.js reads it, keyed by its skill point's
// URL. What that gives is left out (drill.js puts it back): the drill's id
// when it is "drill/" and the skill point's id, the skill point's id when
// it is its URL without the last slash, a question's points when 1. At
// 10,000 skill points that made the drills' data 12.0 MB instead of 14.4.
type drillData struct {
	ID        string          `json:"id,omitempty"`
	Title     string          `json:"title"`
	Skill     string          `json:"skill"`
	SkillID   string          `json:"skillId,omitempty"`
	Salt      string          `json:"salt"`
	Pass      float64         `json:"pass"`
	Questions []drillQuestion `json:"questions"`
}

type drillQuestion struct {
	ID      string              `json:"id"`
	Type    string              `json:"type"`
	Points  int                 `json:"points,omitempty"`
	Key     map[string][]string `json:"key"`
	Answers string              `json:"answers,omitempty"`
	Prompt  string              `json:"prompt"`
	Choices []quiz.Choice       `json:"choices,omitempty"`
}

// drillFiles returns the data script of every chapter that has drills.
func (r *Renderer) drillFiles() []output.File {
	return r.drillScripts(r.drillChapters())
}

// courseDrillFiles are the drills' data of the given courses' chapters.
func (r *Renderer) courseDrillFiles(courses []*content.Course) []output.File {
	return r.drillScripts(r.courseDrillChapters(courses))
}

// drillScripts writes the drills' data of the given chapters.
func (r *Renderer) drillScripts(chapters []*content.Chapter, byChapter map[*content.Chapter][]*quiz.Quiz) []output.File {
	files := make([]output.File, len(chapters))
	pool.Each(len(chapters), func(i int) {
		files[i] = r.drillFile(chapters[i], byChapter[chapters[i]])
	})
	return files
}

// courseDrillChapters lists the given courses' chapters that have drills,
// with their drills, from the quiz index: an edit's courses, without going
// through every drill of the site.
func (r *Renderer) courseDrillChapters(courses []*content.Course) ([]*content.Chapter, map[*content.Chapter][]*quiz.Quiz) {
	var chapters []*content.Chapter
	byChapter := map[*content.Chapter][]*quiz.Quiz{}
	for _, c := range courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				if d := r.quizzes.drill[s]; d != nil {
					byChapter[ch] = append(byChapter[ch], d)
				}
			}
			if byChapter[ch] != nil {
				chapters = append(chapters, ch)
			}
		}
	}
	return chapters, byChapter
}

// drillChapters lists the chapters that have drills, in the order of the
// drills, with their drills.
func (r *Renderer) drillChapters() ([]*content.Chapter, map[*content.Chapter][]*quiz.Quiz) {
	byChapter := map[*content.Chapter][]*quiz.Quiz{}
	var chapters []*content.Chapter
	for _, q := range r.Quizzes {
		ch := r.Graph.Chapter[q.Target]
		if !q.Drill || ch == nil {
			continue
		}
		if byChapter[ch] == nil {
			chapters = append(chapters, ch)
		}
		byChapter[ch] = append(byChapter[ch], q)
	}
	return chapters, byChapter
}

// drillPath is the output path of a chapter's drills' data.
func drillPath(ch *content.Chapter) string { return DrillDir + ch.Page.URL + "data.js" }

func (r *Renderer) drillFile(ch *content.Chapter, drills []*quiz.Quiz) output.File {
	data := map[string]drillData{}
	for _, q := range drills {
		salt := quiz.Salt(r.Site.Config.ID, q.ID)
		d := drillData{Title: q.Title, Skill: q.Target.Title(), Salt: salt, Pass: q.PassMark()}
		if skillID := strings.TrimSuffix(q.Target.URL, "/"); q.Target.ID != skillID {
			d.SkillID = q.Target.ID
		}
		if q.ID != "drill/"+q.Target.ID {
			d.ID = q.ID
		}
		for i := range q.Questions {
			k := quiz.KeyQuestion(salt, &q.Questions[i])
			dq := drillQuestion{ID: k.ID, Type: k.Type, Points: k.Worth(), Key: halfKeys(k.Key), Answers: fillAnswers(&q.Questions[i]), Prompt: k.Prompt, Choices: k.Choices}
			if dq.Points == 1 {
				dq.Points = 0
			}
			d.Questions = append(d.Questions, dq)
		}
		data[q.Target.URL] = d
	}
	b, _ := json.Marshal(data)
	script := slices.Concat([]byte("Skillbook.addDrills("), b, []byte(");\n"))
	return output.File{Path: drillPath(ch), Data: script}
}

// halfKeys keeps the first half of each of a drill question's answer
// hashes (8 hex digits of 16), which quiz.js accepts: they hide a drill's
// answers from a glance at its data as well, at half the bytes.
func halfKeys(key map[string][]string) map[string][]string {
	out := make(map[string][]string, len(key))
	for part, hashes := range key {
		short := make([]string, len(hashes))
		for i, h := range hashes {
			short[i] = h[:min(len(h), 8)]
		}
		out[part] = short
	}
	return out
}

// DrillHref is the href attribute of a link to a drill: the drill page
// with its skill point's URL in ?s=, its slashes as they are (drill.js
// reads it with URLSearchParams).
func (v *View) DrillHref(q *quiz.Quiz) template.HTMLAttr {
	var b strings.Builder
	for _, c := range []byte(q.Target.URL) {
		if urlKeeps(c) || c == '/' {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return template.HTMLAttr(`href="` + escapeHTML(escapeURL(v.URL(DrillDir), true)+"?s="+b.String()) + `"`)
}
