// Package corpus generates large deterministic Chinese training sites in the
// bundled course's shape, for benchmarks: courses of chapters of skill
// points, each with 技能描述, free sections and 牢记要点, and a library of
// articles. The text is real-text: words and phrases drawn from the
// repository's own course and library (content/), segmented with gse, and
// recombined with a Zipf-like word distribution over their vocabulary of
// thousands of words (see text.go).
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
	// Source is the folder of Markdown the text is drawn from; empty means
	// this repository's content/.
	Source string
}

// DefaultShape is a site of n skill points laid out like the bundled course,
// with a library article per 50 skill points.
func DefaultShape(n int) Shape {
	return Shape{Skills: n, SkillsPerChapter: 10, ChaptersPerCourse: 10, Articles: n / 50, Seed: 1}
}

// Write generates the site into dir: skillbook.yaml, content/, and
// queries.tsv (see queries.go). The same shape gives the same files.
func Write(dir string, s Shape) error {
	source := s.Source
	if source == "" {
		source = repoContent()
	}
	m, err := models.get(source)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(s.Seed, s.Seed^0x9e3779b97f4a7c15))
	g := &generator{w: newWriter(m, rng), rng: rng, dir: dir, titles: map[string]bool{}, keyPoints: map[string]bool{}}
	g.file("skillbook.yaml", "title: 生成的培训站\nid: 生成的培训站\nlanguage: zh-CN\n", "")
	g.site(s)
	if g.err == nil {
		g.file(QueryFile, g.queries(), "")
	}
	return g.err
}

// page is a generated page: its URL path and the text a search finds in it.
type page struct {
	url, text string
	skill     *skillText // nil for course, chapter and library pages
}

type generator struct {
	w   *writer
	rng *rand.Rand
	dir string
	err error
	// titles and keyPoints already used: each is unique in the site.
	titles, keyPoints map[string]bool
	pages             []page
}

func (g *generator) site(s Shape) {
	perCourse := s.SkillsPerChapter * s.ChaptersPerCourse
	for i := 0; i < s.Skills; i++ {
		course, chapter := i/perCourse, (i%perCourse)/s.SkillsPerChapter
		courseDir := fmt.Sprintf("course-%03d", course+1)
		chapterDir := fmt.Sprintf("%s/chapter-%02d", courseDir, chapter+1)
		if i%perCourse == 0 {
			g.section(courseDir, g.uniqueTitle(), 0)
		}
		if i%s.SkillsPerChapter == 0 {
			g.section(chapterDir, fmt.Sprintf("第%d章 %s", chapter+1, g.uniqueTitle()), chapter+1)
		}
		g.skill(fmt.Sprintf("%s/skill-%02d", chapterDir, i%s.SkillsPerChapter+1))
	}
	for i := range s.Articles {
		title := g.uniqueTitle()
		body := g.w.paragraph(1024) + "\n\n"
		for target := 3072 + g.rng.IntN(6900); len(body) < target; {
			size := max(200, min(600+g.rng.IntN(900), target-len(body)))
			body += "## " + g.w.heading() + "\n\n" + g.w.paragraph(size) + "\n\n"
		}
		g.file(fmt.Sprintf("library/article-%04d", i+1), frontMatter(title, 0)+body, title+"\n"+body)
	}
}

// section writes a course's or chapter's _index.md.
func (g *generator) section(dir, title string, weight int) {
	body := g.w.paragraph(200 + g.rng.IntN(400))
	g.file(dir+"/_index", frontMatter(title, weight)+body+"\n", title+"\n"+body)
}

// file writes content/<rel>.md (or rel itself when text is "" and rel has
// an extension) and records the page.
func (g *generator) file(rel, md, text string) {
	if g.err != nil {
		return
	}
	name := rel
	if text != "" {
		name = "content/" + rel + ".md"
		url := strings.TrimSuffix(rel, "_index")
		g.pages = append(g.pages, page{url: strings.TrimSuffix(url, "/") + "/", text: text})
	}
	p := filepath.Join(g.dir, filepath.FromSlash(name))
	if g.err = os.MkdirAll(filepath.Dir(p), 0o755); g.err == nil {
		g.err = os.WriteFile(p, []byte(md), 0o644)
	}
}

func frontMatter(title string, weight int) string {
	if weight > 0 {
		return fmt.Sprintf("---\ntitle: %q\nweight: %d\n---\n", title, weight)
	}
	return fmt.Sprintf("---\ntitle: %q\n---\n", title)
}

// uniqueTitle is a title of 6 to 16 characters used nowhere else.
func (g *generator) uniqueTitle() string {
	return g.unique(g.titles, 6, 16)
}

// unique is a phrase of lo to hi characters not in seen, then added to it.
func (g *generator) unique(seen map[string]bool, lo, hi int) string {
	for {
		p := g.w.phrase(lo, hi)
		if !seen[p] && len([]rune(p)) >= lo {
			seen[p] = true
			return p
		}
	}
}
