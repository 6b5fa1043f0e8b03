package quiz

import (
	"reflect"
	"strings"
	"testing"

	"skillbook/internal/config"
	"skillbook/internal/content"
	"skillbook/internal/markdown"
)

// loadBundled loads and parses the bundled course, as the build does.
func loadBundled(t *testing.T) *content.Site {
	t.Helper()
	cfg, diags := config.Load("../..")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	site, diags := content.Load("../..", *cfg)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	conv := markdown.New(cfg.Sections.Description, cfg.Sections.KeyPoints)
	for _, p := range site.Pages() {
		if p.Source != nil {
			p.Doc, _ = conv.Parse(p.Body())
		}
	}
	return site
}

// TestDrillsDeterministic: the same content gives the same drills, also
// under other ids (a file renamed), and every skill point with three or
// more key points gets one whose answers are its own key points.
func TestDrillsDeterministic(t *testing.T) {
	first, second := Drills(loadBundled(t)), Drills(loadBundled(t))
	if len(first) == 0 {
		t.Fatal("no drills for the bundled course")
	}
	strip := func(qs []*Quiz) []*Quiz {
		for _, q := range qs {
			q.Target = nil
			for i := range q.Questions {
				q.Questions[i].SkillPage = nil
			}
		}
		return qs
	}
	if !reflect.DeepEqual(strip(first), strip(second)) {
		t.Fatal("two runs over the same content gave different drills")
	}
	// A file renamed or moved (another id, the same content) keeps its drill.
	moved := loadBundled(t)
	for _, s := range moved.Skills() {
		s.ID += "-renamed"
	}
	for i, q := range strip(Drills(moved)) {
		q.ID, q.For = first[i].ID, first[i].For
		for j := range q.Questions {
			q.Questions[j].Skill = first[i].Questions[j].Skill
		}
		if !reflect.DeepEqual(q, first[i]) {
			t.Fatalf("%s: the drill changed when its skill point's id did", first[i].ID)
		}
	}
	site := loadBundled(t)
	want := 0
	for _, s := range site.Skills() {
		if kp := keyPoints(s); kp != nil && len(kp.Items) >= MinKeyPoints {
			want++
		}
	}
	if len(first) != want {
		t.Errorf("%d drills, want one per skill point with %d+ key points: %d", len(first), MinKeyPoints, want)
	}
}

// TestWhichDrill: the options are the skill point's own key points (the
// correct ones) and others of its course.
func TestWhichDrill(t *testing.T) {
	site := loadBundled(t)
	for _, d := range Drills(site) {
		own := map[string]bool{}
		for _, it := range keyPoints(d.Target).Items {
			own[it.Text] = true
		}
		q := d.Questions[0]
		if q.ID == "order" {
			continue
		}
		if q.ID != "which" {
			t.Fatalf("%s: first question %s", d.ID, q.ID)
		}
		for _, o := range q.Options {
			if o.Correct != own[o.Text] {
				t.Errorf("%s: option %q marked correct=%v", d.ID, o.Text, o.Correct)
			}
		}
	}
}

// TestDrillsRevealNoAnswer: the key point a fill-in question asks for
// appears in no other question of its drill (the old drills listed every
// key point in full in their first question), and every drill asks to
// recall at least one key point.
func TestDrillsRevealNoAnswer(t *testing.T) {
	for _, d := range Drills(loadBundled(t)) {
		fills := 0
		for i, q := range d.Questions {
			if q.Type != Fill {
				continue
			}
			fills++
			whole := strings.Replace(strings.TrimPrefix(q.Prompt, "补全牢记要点："), "___", q.Blanks[0].Answers[0], 1)
			for j, other := range d.Questions {
				if j != i && strings.Contains(questionText(other), whole) {
					t.Errorf("%s: question %s gives away %q, the answer of %s", d.ID, other.ID, whole, q.ID)
				}
			}
		}
		if fills == 0 {
			t.Errorf("%s asks to recall nothing", d.ID)
		}
	}
}

// questionText is everything a question shows.
func questionText(q Question) string {
	parts := append([]string{q.Prompt}, q.Steps...)
	for _, o := range q.Options {
		parts = append(parts, o.Text)
	}
	return strings.Join(parts, "\n")
}

// TestBlankSpan: a blank is one whole word — never part of a word
// (培训要有明___ for 明确的目的, 让员工知道企业培训他___ were the old
// cuts), never a function word — and the most telling of the key point's
// words: not one most of the course's skill points use (培训, 员工, 客户
// here), a noun over a verb, a rare word over a common one (工作).
func TestBlankSpan(t *testing.T) {
	cw := &courseWords{counts: map[string]int{"培训": 6, "员工": 6, "客户": 7, "实施": 2, "工作": 3}}
	for text, want := range map[string]string{
		"培训要有明确的目的":            "目的",
		"让员工知道企业培训他们的目的":       "目的",
		"选聘具有潜质的员工":            "潜质",
		"让员工明白培训能给全心全意自己带来的收益": "收益",
		"评估培训效果":               "评估",
		"反馈与改进":                "反馈",
		"实施培训工作":               "实施",
		"尊重客户权利":               "权利",
		"的和了":                  "",
		"Greet the caller":     "caller",
		"!!":                   "",
	} {
		s, e := cw.blankSpan(text)
		if got := text[s:e]; got != want {
			t.Errorf("blankSpan(%q) = %q, want %q", text, got, want)
		}
	}
}
