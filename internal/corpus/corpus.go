// Package corpus generates large deterministic Chinese training sites in the
// bundled course's shape, for benchmarks: courses of chapters of skill
// points, each with 技能描述, free sections and 牢记要点.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Shape says how a generated site is laid out.
type Shape struct {
	Skills            int // skill points in all
	SkillsPerChapter  int
	ChaptersPerCourse int
	Articles          int
	Seed              uint64
}

// DefaultShape is a site of n skill points laid out like the bundled course.
func DefaultShape(n int) Shape {
	return Shape{Skills: n, SkillsPerChapter: 10, ChaptersPerCourse: 10, Articles: n / 50, Seed: 1}
}

// Write generates the site into dir: skillbook.yaml, content/, and
// queries.tsv (see queries.go).
func Write(dir string, s Shape) error {
	g := &generator{rng: rand.New(rand.NewPCG(s.Seed, s.Seed^0x9e3779b97f4a7c15)), dir: dir, every: max(1, s.Skills/20)}
	g.file("skillbook.yaml", "title: 生成的培训站\nid: 生成的培训站\nlanguage: zh-CN\n")
	perCourse := s.SkillsPerChapter * s.ChaptersPerCourse
	for i := 0; i < s.Skills; i++ {
		course, chapter := i/perCourse, (i%perCourse)/s.SkillsPerChapter
		courseDir := fmt.Sprintf("content/course-%03d", course+1)
		chapterDir := fmt.Sprintf("%s/chapter-%02d", courseDir, chapter+1)
		if i%perCourse == 0 {
			g.file(courseDir+"/_index.md", g.frontMatter(fmt.Sprintf("课程%d %s", course+1, g.title()), 0)+g.paragraph()+"\n")
		}
		if i%s.SkillsPerChapter == 0 {
			title := fmt.Sprintf("第%d章 %s", chapter+1, g.title())
			g.file(chapterDir+"/_index.md", g.frontMatter(title, chapter+1)+g.paragraph()+"\n")
		}
		g.url = fmt.Sprintf("%s/skill-%02d/", strings.TrimPrefix(chapterDir, "content/"), i%s.SkillsPerChapter+1)
		g.file(fmt.Sprintf("%s/skill-%02d.md", chapterDir, i%s.SkillsPerChapter+1), g.skill(i))
	}
	g.file(QueryFile, g.queries.String())
	for i := range s.Articles {
		g.file(fmt.Sprintf("content/library/article-%04d.md", i+1), g.frontMatter(g.title(), 0)+g.paragraph()+"\n\n"+g.paragraph()+"\n")
	}
	return g.err
}

type generator struct {
	rng *rand.Rand
	dir string
	err error
	// url is the skill point being written; every says which skill points
	// give queries, written to queries.
	url     string
	every   int
	queries strings.Builder
}

func (g *generator) file(rel, text string) {
	if g.err != nil {
		return
	}
	p := filepath.Join(g.dir, filepath.FromSlash(rel))
	if g.err = os.MkdirAll(filepath.Dir(p), 0o755); g.err == nil {
		g.err = os.WriteFile(p, []byte(text), 0o644)
	}
}

func (g *generator) frontMatter(title string, weight int) string {
	if weight > 0 {
		return fmt.Sprintf("---\ntitle: %q\nweight: %d\n---\n", title, weight)
	}
	return fmt.Sprintf("---\ntitle: %q\n---\n", title)
}

// skill is one skill point of about 2.8 KB, as in the peers' benchmark corpus.
func (g *generator) skill(i int) string {
	var b strings.Builder
	title := g.title()
	b.WriteString(g.frontMatter(fmt.Sprintf("技能点%d %s", i+1, title), 0))
	b.WriteString("## 技能描述\n\n" + g.paragraph() + "\n\n")
	for range 3 {
		b.WriteString("## " + g.phrase(2, 4) + "\n\n" + g.paragraph() + "\n\n")
	}
	b.WriteString("## 牢记要点\n\n" + g.phrase(2, 3) + "要做到:\n\n")
	var keyPoints []string
	for range 4 + g.rng.IntN(3) {
		keyPoints = append(keyPoints, g.phrase(2, 5))
		b.WriteString("- " + keyPoints[len(keyPoints)-1] + "\n")
	}
	if i%g.every == 0 {
		g.query(title, keyPoints[0])
	}
	return b.String()
}

func (g *generator) title() string { return "如何" + g.phrase(2, 4) }

func (g *generator) paragraph() string {
	var b strings.Builder
	for range 6 + g.rng.IntN(4) {
		b.WriteString(g.phrase(6, 14) + "。")
	}
	return b.String()
}

func (g *generator) phrase(minWords, maxWords int) string {
	var b strings.Builder
	for range minWords + g.rng.IntN(maxWords-minWords+1) {
		b.WriteString(words[g.rng.IntN(len(words))])
	}
	return b.String()
}

// words is the vocabulary of generated text: the terms of the bundled
// course, with Latin and digit tokens as real manuals have them.
var words = strings.Fields(`客户 服务 企业 员工 培训 管理 质量 目标 市场 定位 热情 周到 完美 名字 常客 过度
	预期 满意 尊重 权利 战略 经营 关系 竞争 核心 水平 素质 态度 方式 意识 一线 团队 部门 沟通 合作 体系
	职能 流程 需求 归属感 情感 价值 技能 技巧 礼仪 语言 表达 自控 业务 职业道德 预算 计划 策略 文化
	实施 学习 鼓励 收益 目的 潜质 选聘 关怀 细节 咨询 规模 教育 训练 心理 突发事件 人际交往 承认 帮助
	建立 提高 加强 确定 组织 协调 支持 考核 标准 投诉 处理 反馈 改进 创新 品牌 形象 信任 忠诚 体验
	ISO9001 6WIH 96345 7x24 SLA 的 和 与 在 要 把 对 让 是 应 能 都 更 从 以`)
