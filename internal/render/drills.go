package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"maps"
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
// it is its URL without the last slash, a question's points when 1; and
// what the file's drillShared gives: the title when it is the skill
// point's and the shared ending, the pass mark when it is the shared one,
// a prompt made of the shared words and the skill point's title (Prompt
// empty) or the fill words and the rest (Tail), and choices whose ids are
// a, b, c… in order as their texts alone (Options) and, when each has one
// hash, their keys as those hashes in order (Keys); a fill question of
// one blank as a list of four strings (shortFill). At 10,000 skill points
// the first made the drills' data 12.0 MB instead of 14.4, the others
// 7.0 instead of 12.0.
type drillData struct {
	ID        string   `json:"id,omitempty"`
	Title     string   `json:"title,omitempty"`
	Skill     string   `json:"skill"`
	SkillID   string   `json:"skillId,omitempty"`
	Salt      string   `json:"salt"`
	Pass      *float64 `json:"pass,omitempty"`
	Questions []any    `json:"questions"`
}

type drillQuestion struct {
	ID      string              `json:"id"`
	Type    string              `json:"type"`
	Points  int                 `json:"points,omitempty"`
	Key     map[string][]string `json:"key,omitempty"`
	Answers string              `json:"answers,omitempty"`
	Prompt  string              `json:"prompt,omitempty"`
	Tail    *string             `json:"tail,omitempty"`
	Choices []quiz.Choice       `json:"choices,omitempty"`
	Options []string            `json:"options,omitempty"`
	Keys    []string            `json:"keys,omitempty"`
}

// drillShared is what a data file's drills share: the words of generated
// drills (quiz.DrillWords), the pass mark of the file's first drill, and
// the chapter's order of its drills, each as its place among the data's
// keys (sorted, as JSON writes a map), so that a drill passed leads on to
// the next skill point (drill.js).
type drillShared struct {
	TitleEnd string    `json:"titleEnd"`
	Which    [2]string `json:"which"`
	Order    [2]string `json:"order"`
	Fill     string    `json:"fill"`
	Pass     float64   `json:"pass"`
	Chapter  []int     `json:"chapter"`
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
	w := quiz.DrillWordsFor(r.Site.Config.Language)
	shared := drillShared{TitleEnd: w.TitleEnd, Which: w.Which, Order: w.Order, Fill: w.Fill, Pass: drills[0].PassMark()}
	data := map[string]drillData{}
	for _, q := range drills {
		data[q.Target.URL] = r.drillOf(q, &shared)
	}
	keys := slices.Sorted(maps.Keys(data))
	for _, q := range drills {
		i, _ := slices.BinarySearch(keys, q.Target.URL)
		shared.Chapter = append(shared.Chapter, i)
	}
	b, _ := json.Marshal(data)
	s, _ := json.Marshal(shared)
	script := slices.Concat([]byte("Skillbook.addDrills("), b, []byte(","), s, []byte(");\n"))
	return output.File{Path: drillPath(ch), Data: script}
}

// drillOf is a drill's data, less what shared and its skill point give.
func (r *Renderer) drillOf(q *quiz.Quiz, shared *drillShared) drillData {
	salt := quiz.Salt(r.Site.Config.ID, q.ID)
	skill := q.Target.Title()
	d := drillData{Skill: skill, Salt: salt}
	if q.Title != skill+shared.TitleEnd {
		d.Title = q.Title
	}
	if pass := q.PassMark(); pass != shared.Pass {
		d.Pass = &pass
	}
	if skillID := strings.TrimSuffix(q.Target.URL, "/"); q.Target.ID != skillID {
		d.SkillID = q.Target.ID
	}
	if q.ID != "drill/"+q.Target.ID {
		d.ID = q.ID
	}
	for i := range q.Questions {
		k := quiz.KeyQuestion(salt, &q.Questions[i])
		dq := drillQuestion{ID: k.ID, Type: k.Type, Points: k.Worth(), Key: halfKeys(k.Key), Answers: fillAnswers(&q.Questions[i])}
		if dq.Points == 1 {
			dq.Points = 0
		}
		shared.prompt(&dq, k.Prompt, skill)
		dq.Choices, dq.Options = k.Choices, choiceTexts(k.Choices)
		if dq.Options != nil {
			dq.Choices, dq.Keys = nil, choiceKeys(dq.Key, len(dq.Options))
			if dq.Keys != nil {
				dq.Key = nil
			}
		}
		d.Questions = append(d.Questions, shortFill(dq))
	}
	return d
}

// shortFill is a fill question of one blank with one answer hash, worth
// a point, whose prompt is the shared fill words and its tail, as [key
// point id, hash, answers, tail] (drill.js's fill): its id is "fill-" and
// the key point's id. Other questions stay as they are.
func shortFill(dq drillQuestion) any {
	kp, ok := strings.CutPrefix(dq.ID, "fill-")
	if !ok || dq.Type != "fill" || dq.Points != 0 || dq.Tail == nil || len(dq.Key) != 1 || len(dq.Key["b0"]) != 1 {
		return dq
	}
	return [4]string{kp, dq.Key["b0"][0], dq.Answers, *dq.Tail}
}

// prompt sets a question's prompt, or leaves it out where the shared
// words and the skill point's title make it (drill.js's prompt).
func (s *drillShared) prompt(dq *drillQuestion, prompt, skill string) {
	words := s.Which
	if dq.Type == "order" {
		words = s.Order
	}
	switch {
	case (dq.Type == "single" || dq.Type == "multiple" || dq.Type == "order") && prompt == words[0]+skill+words[1]:
	case dq.Type == "fill" && strings.HasPrefix(prompt, s.Fill):
		tail := strings.TrimPrefix(prompt, s.Fill)
		dq.Tail = &tail
	default:
		dq.Prompt = prompt
	}
}

// choiceKeys is the hashes of choices a, b, c… in order, when each has
// one; nil when one has not.
func choiceKeys(key map[string][]string, n int) []string {
	keys := make([]string, n)
	for i := range keys {
		k := key[string(rune('a'+i))]
		if len(k) != 1 || len(key) != n {
			return nil
		}
		keys[i] = k[0]
	}
	return keys
}

// choiceTexts is the texts of choices whose ids are a, b, c… in order;
// nil when they are not.
func choiceTexts(choices []quiz.Choice) []string {
	var texts []string
	for i, c := range choices {
		if c.ID != string(rune('a'+i)) {
			return nil
		}
		texts = append(texts, c.Text)
	}
	return texts
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

// QuizTitle is a quiz's title as a link to it shows it: a drill's end,
// the one every drill shares (" · 牢记要点练习"), in a span kept on one
// line (.title-end), so that a long title breaks the line before the end,
// never inside it, as drill.js does on the drill page.
func (v *View) QuizTitle(q *quiz.Quiz) template.HTML {
	end := strings.TrimSpace(quiz.DrillWordsFor(v.Site.Config.Language).TitleEnd)
	head, ok := strings.CutSuffix(q.Title, end)
	if !q.Drill || end == "" || !ok {
		return template.HTML(escapeHTML(q.Title))
	}
	return template.HTML(escapeHTML(head) + `<span class="title-end">` + escapeHTML(end) + `</span>`)
}
