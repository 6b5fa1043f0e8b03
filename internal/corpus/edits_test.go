package corpus

import (
	"strings"
	"testing"
)

const skill = "---\ntitle: \"讲授\"\n---\n## 技能描述\n\n客户服务很重要。客户第一。\n\n## 做法\n\n服务客户。再服务。\n\n## 牢记要点\n\n- 微笑\n- 倾听客户\n"

// TestEdits pins what each kind of save changes.
func TestEdits(t *testing.T) {
	if len(Edits) != len(EditKinds) {
		t.Errorf("%d edits, %d kinds", len(Edits), len(EditKinds))
	}
	want := map[string][]string{
		"body":     {strings.Replace(skill, "服务客户。", "服务客户M。", 1)},
		"common":   {strings.Replace(skill, "服务客户。", "服务M。", 1), strings.Replace(skill, "服务客户。", "服务客户M，客户。", 1)},
		"summary":  {strings.Replace(skill, "很重要。", "很重要M。", 1)},
		"keypoint": {strings.Replace(skill, "- 微笑", "- 微笑 M", 1)},
		"title":    {strings.Replace(skill, `"讲授"`, `"讲授 M"`, 1)},
	}
	for kind, versions := range want {
		for round, w := range versions {
			got, err := Edits[kind](skill, "M", round+1)
			if err != nil || got != w {
				t.Errorf("%s, round %d: got %q, %v; want %q", kind, round+1, got, err, w)
			}
		}
	}
}
