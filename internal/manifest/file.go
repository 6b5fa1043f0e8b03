package manifest

import (
	"encoding/json"
	"strings"
)

// Format is the version of skillbook.json's layout, in its "format" field.
// Format 2 (since issue 19) leaves out what a tool reads from the pages or
// from the file's other fields: a skill point's key points and their ids
// (its page's checklist has both), a URL that is the id and a slash, empty
// lists of quizzes, and drill entries that follow from their skill point;
// it gives the number of a skill point's key points (keypointCount).
const Format = 2

// file is skillbook.json, format 2: the manifest less what repeats.
type file struct {
	Format   int          `json:"format"`
	Title    string       `json:"title"`
	Language string       `json:"language"`
	Courses  []fileCourse `json:"courses"`
	Library  []Entry      `json:"library"`
	// Quizzes are the quizzes, and the drills that do not follow the
	// shape DrillTitleEnd and DrillPass give.
	Quizzes       []Quiz  `json:"quizzes"`
	DrillTitleEnd string  `json:"drillTitleEnd,omitempty"`
	DrillPass     float64 `json:"drillPass,omitempty"`
	Moved         []Moved `json:"moved,omitempty"`
}

type fileCourse struct {
	Entry
	Chapters []fileChapter `json:"chapters"`
}

type fileChapter struct {
	Entry
	Skills []fileSkill `json:"skills"`
}

// fileSkill is a skill point: Quizzes are the quizzes its mastery needs
// passed, Drill the number of questions of its drill when the file's
// drill shape gives the rest of it (id "drill/" and its id, title its
// title and DrillTitleEnd, URL "drills/?s=" and its URL escaped, pass
// mark DrillPass).
type fileSkill struct {
	Entry
	// KeyPoints is how many key points it has (a build warns when they
	// are gone at the next: see build/keypoints.go).
	KeyPoints int      `json:"keypointCount,omitempty"`
	Quizzes   []string `json:"quizzes,omitempty"`
	Drill     int      `json:"drill,omitempty"`
	Aliases   []string `json:"aliases,omitempty"`
}

// short is e with its URL left out when it is its id and "/".
func short(e Entry) Entry {
	if e.URL == e.ID+"/" {
		e.URL = ""
	}
	return e
}

// JSON returns the manifest as skillbook.json: compact (`jq .` shows it
// indented; indented it was 11.8 MB at 10,000 skill points instead of
// 7.6), in format 2 (1.05 MB).
func (m *Manifest) JSON() []byte {
	f := file{Format: Format, Title: m.Title, Language: m.Language, Courses: []fileCourse{}, Library: []Entry{}, Quizzes: []Quiz{}, Moved: m.Moved}
	drills := m.shortDrills(&f)
	for _, c := range m.Courses {
		fc := fileCourse{Entry: short(c.Entry), Chapters: []fileChapter{}}
		for _, ch := range c.Chapters {
			fch := fileChapter{Entry: short(ch.Entry), Skills: []fileSkill{}}
			for _, s := range ch.Skills {
				fch.Skills = append(fch.Skills, fileSkill{Entry: short(s.Entry), KeyPoints: len(s.KeyPoints), Quizzes: s.Quizzes, Drill: drills[s.ID], Aliases: s.Aliases})
			}
			fc.Chapters = append(fc.Chapters, fch)
		}
		f.Courses = append(f.Courses, fc)
	}
	for _, a := range m.Library {
		f.Library = append(f.Library, short(a))
	}
	b, _ := json.Marshal(f)
	return append(b, '\n')
}

// shortDrills moves to the skill points the drills that follow the shape
// of the site's first drill, returning their number of questions by skill
// point id; the other quizzes and drills go to f.Quizzes.
func (m *Manifest) shortDrills(f *file) map[string]int {
	skills, course := map[string]Entry{}, map[string]string{}
	for _, c := range m.Courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				skills[s.ID], course[s.ID] = s.Entry, c.ID
			}
		}
	}
	out := map[string]int{}
	for _, q := range m.Quizzes {
		s, ok := skills[q.For]
		if ok && q.Drill && q.Questions > 0 && strings.HasPrefix(q.Title, s.Title) && f.DrillTitleEnd == "" && f.DrillPass == 0 {
			f.DrillTitleEnd, f.DrillPass = strings.TrimPrefix(q.Title, s.Title), q.Pass
		}
		if ok && q.Drill && q.Questions > 0 && out[q.For] == 0 && q == wholeDrill(s, course[q.For], q.Questions, drillShape{f.DrillTitleEnd, f.DrillPass}) {
			out[q.For] = q.Questions
			continue
		}
		f.Quizzes = append(f.Quizzes, q)
	}
	return out
}
