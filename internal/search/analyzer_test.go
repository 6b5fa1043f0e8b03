package search

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/tokens.json")

// tokenTexts are the inputs of the shared test vectors: the Go analyzer
// writes testdata/tokens.json from them, and the browser test checks that
// the site's JavaScript splits each text into the same terms and makes the
// same phrase of it.
var tokenTexts = []string{
	"客户服务培训",
	"技能点5 如何架设联系客户的桥梁",
	"培训策略应考虑的重点是:6WIH",
	"全面推行ISO质量管理体系",
	"ＩＳＯ９００１认证，ＳＬＡ达到９９．９％",
	"SLA达到99.9%，共1,000人；7x24小时热线96345",
	"客",
	"客 户",
	"Who——谁需培训?",
	"ΟΔΥΣΣΕΥΣ Straße İstanbul",
	"カタカナとひらがな、한국어",
	"emoji 😀 服务 ✓",
	"(1)根据产品和服务的属性、特色、消费价值定位。",
	"<script>alert(1)</script>",
	"，。！？",
	"",
}

func TestTokenVectors(t *testing.T) {
	type vector struct {
		Text   string   `json:"text"`
		Terms  []string `json:"terms"`
		Phrase string   `json:"phrase"`
	}
	var got []vector
	for _, text := range tokenTexts {
		terms := Analyze(text)
		if terms == nil {
			terms = []string{}
		}
		got = append(got, vector{text, terms, Phrase(text)})
	}
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile("testdata/tokens.json", append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile("testdata/tokens.json")
	if err != nil {
		t.Fatal(err)
	}
	var want []vector
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Fatalf("%d vectors, want %d (go test ./internal/search -update)", len(got), len(want))
	}
	for i := range got {
		if !slices.Equal(got[i].Terms, want[i].Terms) {
			t.Errorf("Analyze(%q) = %q, want %q", got[i].Text, got[i].Terms, want[i].Terms)
		}
		if got[i].Phrase != want[i].Phrase {
			t.Errorf("Phrase(%q) = %q, want %q", got[i].Text, got[i].Phrase, want[i].Phrase)
		}
	}
}

func TestAnalyzeExamples(t *testing.T) {
	for text, want := range map[string][]string{
		"客户服务":       {"客户", "户服", "服务"},
		"ISO9001认证":  {"iso9001", "认证"},
		"ＳＬＡ达到９９．９％": {"sla", "达到", "99.9"},
		"7x24小时":     {"7x24", "小时"},
		"客":          {"客"},
		"针锋相对, 锋相":   {"针锋", "锋相", "相对"},
	} {
		if got := Analyze(text); !slices.Equal(got, want) {
			t.Errorf("Analyze(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestPhraseExamples(t *testing.T) {
	for text, want := range map[string]string{
		"如何架设联系客户的桥梁":     "=如何架设联系客户的桥梁",
		"把握服务质量, 7x24 小时": "=把握服务质量7x24小时",
		"ＳＬＡ达到 ９９．９％":     "=sla达到99.9",
		"ISO 9001认证":      "=iso 9001认证",
		"Who——谁需培训?":      "=who谁需培训",
		"，。！？":            "",
	} {
		if got := Phrase(text); got != want {
			t.Errorf("Phrase(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestPhraseText(t *testing.T) {
	got := phraseText("技能点5 如何架设联系客户的桥梁", []string{"热情、周到", "？"})
	want := "=技能点5如何架设联系客户的桥梁\n=如何架设联系客户的桥梁\n=热情周到"
	if got != want {
		t.Errorf("phraseText = %q, want %q", got, want)
	}
}

// TestFastTermsMatchBleve checks that the export's and the queries' term
// splitting gives exactly bleve's tokens, on the vectors and on every file
// of the bundled course.
func TestFastTermsMatchBleve(t *testing.T) {
	texts := append([]string{}, tokenTexts...)
	files, _ := filepath.Glob("../../content/*/*/*.md")
	more, _ := filepath.Glob("../../content/library/*.md")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		var fast, slow []string
		eachTerm(text, func(term string) { fast = append(fast, term) })
		for _, tok := range bleveAnalyze(text) {
			slow = append(slow, string(tok.Term))
		}
		if !slices.Equal(fast, slow) {
			t.Errorf("terms of %.60q:\n fast  %q\n bleve %q", text, fast, slow)
		}
	}
	if len(texts) < 40 {
		t.Fatalf("only %d texts", len(texts))
	}
}
