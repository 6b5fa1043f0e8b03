package quiz

import (
	"reflect"
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

// TestDrillsDeterministic: the same content gives the same drills, and every
// skill point with three or more key points gets one whose answers are its
// own key points.
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

func TestBlankSpan(t *testing.T) {
	for text, want := range map[string]string{
		"树立客户至上的服务理念":      "服务理念",
		"员工培训要有计划":         "计划",
		"实施培训":             "培训",
		"评估培训效果":           "培训效果",
		"反馈与改进":            "改进",
		"Greet the caller": "caller",
		"!!":               "",
	} {
		s, e := blankSpan(text)
		if got := text[s:e]; got != want {
			t.Errorf("blankSpan(%q) = %q, want %q", text, got, want)
		}
	}
}
