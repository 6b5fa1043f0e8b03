package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"skillbook/build"
	"skillbook/internal/sitetest"
)

// TestKeyPointIDsSurviveEditing ticks every key point of a skill point,
// then edits the page as a trainer would — one key point reworded, two
// swapped, one inserted before them, one deleted — rebuilds, and checks
// the trainee's stored progress: the reworded, swapped and moved key
// points keep their ticks, the inserted one has none, and only the
// deleted one lost its tick. First through a page with the site's outline
// (home), then on the skill point's own page. From file:// and over http.
func TestKeyPointIDsSurviveEditing(t *testing.T) {
	site := sitetest.Extract(t, quizSite)
	out := filepath.Join(t.TempDir(), "public")
	page := filepath.Join(site, "content/service/01-basics/01-training.md")
	original, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(original), `1. 培训需求分析
2. 制订培训计划
3. 实施培训
4. 评估培训效果
5. 反馈与改进`, `1. 确定培训预算
2. 做好培训需求分析
3. 实施培训
4. 制订培训计划
5. 评估培训效果`, 1)
	if edited == string(original) {
		t.Fatal("the test's edit did not apply")
	}
	rebuild := func(t *testing.T, src string) {
		t.Helper()
		if err := os.WriteFile(page, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if res := build.Build(build.Options{SiteDir: site, OutDir: out}); res.Diags.HasErrors() {
			t.Fatal(res.Diags)
		}
	}
	rebuild(t, string(original))
	ticks := `[...document.querySelectorAll(".keypoints li")].map(li => (li.querySelector("input").checked ? "✓" : "☐") + li.textContent.trim()).join(" ")`
	fromDiskAndHTTP(t, out, func(t *testing.T, w walker) {
		rebuild(t, string(original))
		skill := w.base + "service/basics/training/"
		w.freshVisit(skill, "skill")
		w.eval(`document.querySelectorAll(".keypoints input[data-kp]").forEach(b => b.click())`)
		w.expect(ticks, "✓培训需求分析 ✓制订培训计划 ✓实施培训 ✓评估培训效果 ✓反馈与改进")

		rebuild(t, edited)
		w.visit(w.base, "home")
		stored := `Object.entries(Skillbook.progress.record().ticks["service/basics/training"]).filter(e => e[1] > 0).map(e => e[0]).sort().join()`
		w.expect(stored, strings.Join(keyPointIDs(t, out, "service/basics/training", []string{"做好培训需求分析", "实施培训", "制订培训计划", "评估培训效果"}), ","))
		w.visit(skill, "skill")
		w.expect(ticks, "☐确定培训预算新 ✓做好培训需求分析 ✓实施培训 ✓制订培训计划 ✓评估培训效果") // the key point added is marked 新
	})
}

// keyPointIDs gives the ids the built site's manifest gives the key points
// of a skill point with these texts, sorted.
func keyPointIDs(t *testing.T, out, skill string, texts []string) []string {
	var ids []string
	for _, c := range readManifest(t, out).Courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				for i, text := range s.KeyPoints {
					if s.ID == skill && slices.Contains(texts, text) {
						ids = append(ids, s.KeyPointIDs[i])
					}
				}
			}
		}
	}
	slices.Sort(ids)
	return ids
}
