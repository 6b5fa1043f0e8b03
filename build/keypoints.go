package build

import (
	"bytes"
	"fmt"

	"skillbook/internal/content"
	"skillbook/internal/diag"
)

// keyPointsGone warns of a skill point that had key points (before of them)
// in the last build, or the last one served, and has none now: its key-points
// section deleted, or its heading changed, by a slip that nothing else
// names. The page then has nothing to tick; trainees' ticks come back with
// the same key points.
func (p *pipeline) keyPointsGone(page *content.Page, before int) diag.List {
	if page.Kind != content.KindSkill || before == 0 || page.KeyPointCount() > 0 {
		return nil
	}
	body := bytes.TrimRight(page.Source, " \t\r\n")
	var out diag.List
	out.Warnf(diag.At(page.Path, page.Source, bytes.LastIndexByte(body, '\n')+1),
		fmt.Sprintf("write it again (`## %s` and a list, a key point to a line): trainees' ticks come back with the same key points", p.conv.KeyPointsHeading),
		"the %q section is gone: this skill point had %d key points in the last build and has none now", p.conv.KeyPointsHeading, before)
	return out
}

// keyPointsBefore maps the URL of each skill point of the last build (or
// the last one served) to its number of key points.
func (p *pipeline) keyPointsBefore() map[string]int {
	out := map[string]int{}
	for _, e := range p.earlierPages() {
		if e.kind == content.KindSkill {
			out[e.url] = e.keyPoints
		}
	}
	return out
}
