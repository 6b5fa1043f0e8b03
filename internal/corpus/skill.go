package corpus

import (
	"strings"
)

// skillText is what a skill point is made of, kept for drawing queries.
type skillText struct {
	title     string
	sentences []string // of the body, in order
	keyPoints []string
}

// skill writes a skill point of 2 to 6 KB of Markdown: 技能描述, one or more
// free sections, and 牢记要点 with 4 to 7 key points, each unique in the site.
func (g *generator) skill(rel string) {
	st := &skillText{title: g.uniqueTitle()}
	for range 4 + g.rng.IntN(4) {
		st.keyPoints = append(st.keyPoints, g.unique(g.keyPoints, 6, 20))
	}
	keyPoints := "## 牢记要点\n\n" + g.w.phrase(4, 10) + ":\n\n"
	for _, k := range st.keyPoints {
		keyPoints += "- " + k + "\n"
	}
	var b strings.Builder
	b.WriteString(frontMatter(st.title, 0))
	b.WriteString("## 技能描述\n\n" + g.paragraphOf(st, 300+g.rng.IntN(600)) + "\n\n")
	for target := 2048 + g.rng.IntN(3800) - len(keyPoints); b.Len() < target; {
		size := max(200, min(300+g.rng.IntN(900), target-b.Len()))
		b.WriteString("## " + g.w.heading() + "\n\n" + g.paragraphOf(st, size) + "\n\n")
	}
	b.WriteString(keyPoints)
	md := b.String()
	g.file(rel, md, st.title+"\n"+md)
	if g.err == nil {
		g.pages[len(g.pages)-1].skill = st
	}
}

// paragraphOf is a paragraph of at least n bytes whose sentences are kept in
// st.
func (g *generator) paragraphOf(st *skillText, n int) string {
	var b strings.Builder
	for b.Len() < n {
		s := g.w.sentence(12, 60)
		st.sentences = append(st.sentences, s)
		b.WriteString(s)
	}
	return b.String()
}
