package quiz

import (
	"cmp"
	"hash/fnv"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/markdown"
	"skillbook/internal/pool"
)

// MinKeyPoints is how many key points a skill point needs to get drills.
const MinKeyPoints = 3

// Drills generates the drills of every skill point with MinKeyPoints or
// more key points, in courses that do not turn drills off. The same content
// gives the same drills: every choice is made by hashing the texts.
func Drills(site *content.Site) []*Quiz {
	return CourseDrills(site, site.Courses...)
}

// CourseDrills generates the drills of the given courses, as Drills does:
// a drill draws its wrong options from its own course alone, so an edit
// under `serve` makes its course's drills again and keeps the others.
func CourseDrills(site *content.Site, courses ...*content.Course) []*Quiz {
	words := phrasesFor(site.Config.Language)
	type job struct {
		skills []*content.Page
		words  *courseWords
		i      int
	}
	var jobs []job
	for _, c := range courses {
		if c.Page.Meta.Drills != nil && !*c.Page.Meta.Drills {
			continue
		}
		skills := courseSkills(c)
		words := cutCourse(skills)
		for i := range skills {
			jobs = append(jobs, job{skills, words, i})
		}
	}
	made := make([]*Quiz, len(jobs))
	pool.Each(len(jobs), func(k int) {
		j := jobs[k]
		s := j.skills[j.i]
		if kp := keyPoints(s); kp != nil && len(kp.Items) >= MinKeyPoints {
			made[k] = drill(s, kp, distractorPool(j.skills, j.i), j.words, words)
		}
	})
	return slices.DeleteFunc(made, func(q *Quiz) bool { return q == nil })
}

func keyPoints(p *content.Page) *markdown.KeyPoints {
	if p.Doc == nil {
		return nil
	}
	return p.Doc.KeyPoints
}

// courseSkills lists the skill points of a course in reading order.
func courseSkills(c *content.Course) []*content.Page {
	var skills []*content.Page
	for _, ch := range c.Chapters {
		skills = append(skills, ch.Skills...)
	}
	return skills
}

// poolSize is how many key points of other skill points a drill draws its
// wrong options from: enough to vary, few enough that a course of
// thousands of skill points costs no more per drill than a small one.
const poolSize = 16

// distractorPool lists key points of other skill points of the course than
// skills[i]: those of the skill points after a place its drillSeed
// hashes to, going round, until poolSize are found.
func distractorPool(skills []*content.Page, i int) []string {
	var texts []string
	h := fnv.New32a()
	h.Write([]byte(drillSeed(skills[i])))
	start := int(h.Sum32() % uint32(len(skills)))
	for k := 0; k < len(skills) && len(texts) < poolSize; k++ {
		j := (start + k) % len(skills)
		if kp := keyPoints(skills[j]); j != i && kp != nil {
			for _, it := range kp.Items {
				texts = append(texts, it.Text)
			}
		}
	}
	return texts
}

// drill makes a skill point's drill. No question gives another's answer
// away: the key points are split in two (split), the ones to recall are
// asked as fill-in questions, the others to recognise — which of these are
// key points, or, for a numbered list, their order — and no text of one
// half appears in a question of the other.
func drill(s *content.Page, kp *markdown.KeyPoints, pool []string, cw *courseWords, w phrases) *Quiz {
	q := &Quiz{ID: "drill/" + s.ID, Title: s.Title() + w.title, For: s.ID, Target: s, Drill: true}
	recall, recognise := split(drillSeed(s), kp.Items, cw)
	if kp.Ordered && len(recognise) >= 2 {
		var steps []string
		for _, it := range recognise {
			steps = append(steps, it.Text)
		}
		q.Questions = append(q.Questions, Question{ID: "order", Type: Order, Prompt: w.order(s.Title()), Steps: steps})
	} else if which, ok := whichQuestion(s, recognise, kp.Items, pool, w); ok {
		q.Questions = append(q.Questions, which)
	}
	for _, it := range recall {
		start, end := cw.blankSpan(it.Text)
		prompt := it.Text[:start] + "___" + it.Text[end:]
		q.Questions = append(q.Questions, Question{ID: "fill-" + it.ID, Type: Fill, Prompt: w.fill + prompt,
			Blanks: []Blank{{Answers: []string{it.Text[start:end]}}}})
	}
	for i := range q.Questions {
		q.Questions[i].Skill, q.Questions[i].SkillPage = s.ID, s
	}
	return q
}

// split divides the key points into those to recall (fill-in: up to half,
// of those with a word to blank, chosen by hash) and those to recognise
// (the rest, in their own order).
func split(seed string, items []markdown.KeyPoint, cw *courseWords) (recall, recognise []markdown.KeyPoint) {
	var blankable []string
	for _, it := range items {
		if start, end := cw.blankSpan(it.Text); end > start {
			blankable = append(blankable, it.ID)
		}
	}
	chosen := byHash(seed, blankable)[:min(len(blankable), len(items)/2)]
	for _, it := range items {
		if slices.Contains(chosen, it.ID) {
			recall = append(recall, it)
		} else {
			recognise = append(recognise, it)
		}
	}
	return recall, recognise
}

// whichQuestion asks which items are key points of the skill point: up to
// four of those to recognise, mixed with up to three from other skill
// points of the course. ok is false when the course has no other key
// points.
func whichQuestion(s *content.Page, recognise, all []markdown.KeyPoint, pool []string, w phrases) (Question, bool) {
	own := map[string]bool{}
	for _, it := range all {
		own[it.Text] = true
	}
	var real []string
	for _, it := range recognise {
		real = append(real, it.Text)
	}
	var others []string
	for _, t := range pool {
		if !own[t] && !slices.Contains(others, t) {
			others = append(others, t)
		}
	}
	if len(others) == 0 || len(real) == 0 {
		return Question{}, false
	}
	real = byHash(drillSeed(s), real)[:min(4, len(real))]
	others = byHash(drillSeed(s), others)[:min(3, len(others))]
	var opts []Option
	for _, t := range byHash(drillSeed(s), append(real, others...)) {
		opts = append(opts, Option{Text: t, Correct: own[t]})
	}
	return Question{ID: "which", Type: Multiple, Prompt: w.which(s.Title()), Options: opts}, true
}

// drillSeed is what a skill point's drill picks its questions by: its
// title, content that a renamed or moved file keeps (its id, its path by
// default, does not), so that its drill stays the same.
func drillSeed(s *content.Page) string { return s.Title() }

// byHash returns the texts ordered by the hash of seed and text: an order
// that looks shuffled and is the same for the same content.
func byHash(seed string, texts []string) []string {
	type keyed struct {
		key  uint64
		text string
	}
	ks := make([]keyed, len(texts))
	h := fnv.New64a()
	for i, t := range texts {
		h.Reset()
		h.Write([]byte(seed))
		h.Write([]byte{0})
		h.Write([]byte(t))
		ks[i] = keyed{h.Sum64(), t}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.text, b.text)
	})
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.text
	}
	return out
}
