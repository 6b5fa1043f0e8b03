package render

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestLabelsScriptRuleWithoutKeyPoints: labels.js explains the mastery rule
// twice, the second time for a skill point without key points, which has
// none to tick; 读完本页 says how it is met.
func TestLabelsScriptRuleWithoutKeyPoints(t *testing.T) {
	for _, c := range []struct {
		lang, rule, full, without string
	}{
		{"zh-CN", "read keypoints quizzes", "已掌握的标准：读完本页（读到页末）、勾选全部牢记要点、通过相关测验。", "已掌握的标准：读完本页（读到页末）、通过相关测验。"},
		{"zh-CN", "read", "已掌握的标准：读完本页（读到页末）。", "已掌握的标准：读完本页（读到页末）。"},
		{"en", "keypoints quizzes", "Mastered means: every key point ticked, its quizzes passed.", "Mastered means: its quizzes passed."},
	} {
		_, data, _ := strings.Cut(string(labelsScript(c.lang, c.rule).Data), ".labels = ")
		var set map[string]string
		if err := json.Unmarshal([]byte(strings.TrimSuffix(data, ";\n")), &set); err != nil {
			t.Fatalf("labels.js for %q: %v", c.rule, err)
		}
		if set["mastery_rule_text"] != c.full || set["mastery_rule_no_keypoints"] != c.without {
			t.Errorf("%s %q: %q and %q, want %q and %q", c.lang, c.rule, set["mastery_rule_text"], set["mastery_rule_no_keypoints"], c.full, c.without)
		}
	}
}
