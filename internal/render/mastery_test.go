package render

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestLabelsScriptRuleWithoutKeyPoints: labels.js explains the mastery rule
// four times: as it is, for a skill point without key points, which has
// none to tick, one without quizzes, and one without either; 读完本页 says
// how it is met.
func TestLabelsScriptRuleWithoutKeyPoints(t *testing.T) {
	for _, c := range []struct {
		lang, rule, full, without, noQuizzes, neither string
	}{
		{"zh-CN", "read keypoints quizzes", "已掌握的标准：读完本页（读到页末）、勾选全部牢记要点、通过相关测验。", "已掌握的标准：读完本页（读到页末）、通过相关测验。",
			"已掌握的标准：读完本页（读到页末）、勾选全部牢记要点。", "已掌握的标准：读完本页（读到页末）。"},
		{"zh-CN", "read", "已掌握的标准：读完本页（读到页末）。", "已掌握的标准：读完本页（读到页末）。", "已掌握的标准：读完本页（读到页末）。", "已掌握的标准：读完本页（读到页末）。"},
		{"en", "keypoints quizzes", "Mastered means: every key point ticked, its quizzes passed.", "Mastered means: its quizzes passed.",
			"Mastered means: every key point ticked.", "This site sets no mastery rule."},
	} {
		_, data, _ := strings.Cut(string(labelsScript(c.lang, c.rule).Data), ".labels = ")
		var set map[string]string
		if err := json.Unmarshal([]byte(strings.TrimSuffix(data, ";\n")), &set); err != nil {
			t.Fatalf("labels.js for %q: %v", c.rule, err)
		}
		got := []string{set["mastery_rule_text"], set["mastery_rule_no_keypoints"], set["mastery_rule_no_quizzes"], set["mastery_rule_no_keypoints_quizzes"]}
		if want := []string{c.full, c.without, c.noQuizzes, c.neither}; !slices.Equal(got, want) {
			t.Errorf("%s %q: %q, want %q", c.lang, c.rule, got, want)
		}
	}
}
