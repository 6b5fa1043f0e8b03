package content

import "strings"

// KeyPointCount returns how many key points the page's checklist has.
func (p *Page) KeyPointCount() int {
	if p.Doc == nil || p.Doc.KeyPoints == nil {
		return 0
	}
	return len(p.Doc.KeyPoints.Items)
}

// KeyPointCount returns the number of key points in the chapter's skill points.
func (ch *Chapter) KeyPointCount() int {
	n := 0
	for _, s := range ch.Skills {
		n += s.KeyPointCount()
	}
	return n
}

// SkillCount returns the number of skill points in the course.
func (c *Course) SkillCount() int {
	n := 0
	for _, ch := range c.Chapters {
		n += len(ch.Skills)
	}
	return n
}

// KeyPointCount returns the number of key points in the course.
func (c *Course) KeyPointCount() int {
	n := 0
	for _, ch := range c.Chapters {
		n += ch.KeyPointCount()
	}
	return n
}

// Summary returns the front matter's summary, or the start of the description.
func (p *Page) Summary() string {
	if p.Meta.Summary != "" || p.Doc == nil {
		return p.Meta.Summary
	}
	return p.Doc.Summary
}

// KeyPointIDs returns the stable ids of the page's key points, space-separated.
func (p *Page) KeyPointIDs() string {
	if p.Doc == nil || p.Doc.KeyPoints == nil {
		return ""
	}
	ids := make([]string, len(p.Doc.KeyPoints.Items))
	for i, k := range p.Doc.KeyPoints.Items {
		ids[i] = k.ID
	}
	return strings.Join(ids, " ")
}
