package render

import (
	"encoding/json"
	"slices"

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

// drillData is a drill as drill.js renders it.
type drillData struct {
	ID        string          `json:"id"`
	Title     string          `json:"title"`
	Skill     skillRef        `json:"skill"`
	Salt      string          `json:"salt"`
	Pass      float64         `json:"pass"`
	Questions []drillQuestion `json:"questions"`
}

type drillQuestion struct {
	questionData
	Prompt  string        `json:"prompt"`
	Choices []quiz.Choice `json:"choices,omitempty"`
}

// drillFiles returns the data script of every chapter that has drills.
func (r *Renderer) drillFiles() []output.File {
	return r.drillFilesOf(func(*content.Chapter) bool { return true })
}

// courseDrillFiles are the drills' data of the given courses' chapters.
func (r *Renderer) courseDrillFiles(courses []*content.Course) []output.File {
	return r.drillFilesOf(func(ch *content.Chapter) bool { return slices.Contains(courses, r.Graph.Course[ch.Page]) })
}

// drillFilesOf writes the drills' data of the chapters that keep accepts.
func (r *Renderer) drillFilesOf(keep func(*content.Chapter) bool) []output.File {
	byChapter := map[*content.Chapter][]*quiz.Quiz{}
	var chapters []*content.Chapter
	for _, q := range r.Quizzes {
		ch := r.Graph.Chapter[q.Target]
		if !q.Drill || ch == nil || !keep(ch) {
			continue
		}
		if byChapter[ch] == nil {
			chapters = append(chapters, ch)
		}
		byChapter[ch] = append(byChapter[ch], q)
	}
	files := make([]output.File, len(chapters))
	pool.Each(len(chapters), func(i int) {
		files[i] = r.drillFile(chapters[i], byChapter[chapters[i]])
	})
	return files
}

func (r *Renderer) drillFile(ch *content.Chapter, drills []*quiz.Quiz) output.File {
	data := map[string]drillData{}
	for _, q := range drills {
		salt := quiz.Salt(r.Site.Config.ID, q.ID)
		d := drillData{ID: q.ID, Title: q.Title, Skill: skillRef{q.Target.ID, q.Target.Title(), q.Target.URL}, Salt: salt, Pass: q.PassMark()}
		for i := range q.Questions {
			k := quiz.KeyQuestion(salt, &q.Questions[i])
			d.Questions = append(d.Questions, drillQuestion{
				questionData: questionData{ID: k.ID, Type: k.Type, Points: k.Worth(), Key: k.Key, Answers: fillAnswers(&q.Questions[i])},
				Prompt:       k.Prompt, Choices: k.Choices,
			})
		}
		data[q.Target.URL] = d
	}
	b, _ := json.Marshal(data)
	script := slices.Concat([]byte("Skillbook.addDrills("), b, []byte(");\n"))
	return output.File{Path: DrillDir + ch.Page.URL + "data.js", Data: script}
}
