// Package manifest writes skillbook.json, the machine-readable outline of a
// built site: every course, chapter, skill point and library article.
package manifest

import (
	"skillbook/internal/content"
	"skillbook/internal/quiz"
)

// FileName is the manifest's path in the output.
const FileName = "skillbook.json"

// Manifest is the outline of a site. URLs are relative to the output root.
type Manifest struct {
	Title    string   `json:"title"`
	Language string   `json:"language"`
	Courses  []Course `json:"courses"`
	Library  []Entry  `json:"library"`
	// Quizzes lists the quizzes and drills, each with the page it is for.
	Quizzes []Quiz `json:"quizzes"`
	// Moved are the addresses pages had in earlier builds into the same
	// folder and no page or alias keeps now (see build's moves).
	Moved []Moved `json:"moved,omitempty"`
}

// Moved is an address a page or quiz had in an earlier build (From, its
// URL) and its id (To), which the build warns of until an alias keeps the
// address, a page stands there again or the page is gone.
type Moved struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Quiz says To is a quiz's id.
	Quiz bool `json:"quiz,omitempty"`
}

// Quiz is a quiz or a drill: For and Course are page ids.
type Quiz struct {
	Entry
	For       string  `json:"for"`
	Course    string  `json:"course"`
	Drill     bool    `json:"drill"`
	Questions int     `json:"questions"`
	Pass      float64 `json:"pass"`
	// Version is a quiz's version (quiz.Quiz.Version): the trainee's
	// attempts at another are told as before it changed. Drills have none
	// here (the browser makes theirs).
	Version string `json:"version,omitempty"`
}

// Entry is a page with no children: a library article. In the outline
// scripts a URL that is the id and "/" is left out (skillbook.js puts it
// back).
type Entry struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

// Course is a course and its chapters.
type Course struct {
	Entry
	Chapters []Chapter `json:"chapters"`
}

// Chapter is a chapter and its skill points.
type Chapter struct {
	Entry
	Skills []Skill `json:"skills"`
}

// Skill is a skill point with its key points, in order; KeyPointIDs gives
// each key point's stable id at the same index. Quizzes are the quizzes its
// mastery needs passed.
type Skill struct {
	Entry
	KeyPoints   []string `json:"keypoints"`
	KeyPointIDs []string `json:"keypointIds"`
	Quizzes     []string `json:"quizzes,omitempty"`
	// Aliases are the addresses the skill point had before (front matter
	// `aliases:`, as content.Page.Aliases gives them): progress.js hands
	// what a trainee's record holds under one of them to it.
	Aliases []string `json:"aliases,omitempty"`
}

// New builds the manifest of a site and its quizzes; courseOf gives the
// course a page belongs to.
func New(site *content.Site, quizzes []*quiz.Quiz, courseOf map[*content.Page]*content.Course) *Manifest {
	m := &Manifest{Title: site.Config.Title, Language: site.Config.Language, Courses: []Course{}, Library: []Entry{}, Quizzes: []Quiz{}}
	counting := quiz.Counting(quizzes)
	for _, c := range site.Courses {
		course := Course{Entry: entry(c.Page), Chapters: []Chapter{}}
		for _, ch := range c.Chapters {
			chapter := Chapter{Entry: entry(ch.Page), Skills: []Skill{}}
			for _, s := range ch.Skills {
				chapter.Skills = append(chapter.Skills, skill(s, counting[s]))
			}
			course.Chapters = append(course.Chapters, chapter)
		}
		m.Courses = append(m.Courses, course)
	}
	for _, a := range site.Articles {
		m.Library = append(m.Library, entry(a))
	}
	for _, q := range quizzes {
		e := Quiz{Entry: Entry{ID: q.ID, Title: q.Title, URL: q.URL()}, For: q.Target.ID, Drill: q.Drill,
			Questions: len(q.Questions), Pass: q.PassMark()}
		if !q.Drill {
			e.Version = q.Version()
		}
		if c := courseOf[q.Target]; c != nil {
			e.Course = c.Page.ID
		}
		m.Quizzes = append(m.Quizzes, e)
	}
	return m
}

func entry(p *content.Page) Entry { return Entry{ID: p.ID, Title: p.Title(), URL: p.URL} }

func skill(p *content.Page, quizzes []string) Skill {
	s := Skill{Entry: entry(p), KeyPoints: []string{}, KeyPointIDs: []string{}, Quizzes: append([]string{}, quizzes...), Aliases: p.Aliases()}
	if p.Doc != nil && p.Doc.KeyPoints != nil {
		for _, k := range p.Doc.KeyPoints.Items {
			s.KeyPoints = append(s.KeyPoints, k.Text)
			s.KeyPointIDs = append(s.KeyPointIDs, k.ID)
		}
	}
	return s
}

// ScriptName is the outline's summary as a script (see Outline), for the
// pages whose scripts show progress: it sets window.Skillbook.outlineSummary.
const ScriptName = "skillbook-outline.js"
