package quiz

import (
	"maps"
	"math"
	"unicode"
	"unicode/utf8"

	"skillbook/internal/content"
	"skillbook/internal/pool"
	"skillbook/internal/segmenter"
)

// drillWords cuts key points with the shared dictionary alone: a site's
// own terms (its titles, key points and headings, which search keeps
// whole) would make a short key point one word, and its blank the whole
// key point.
var drillWords = segmenter.New(nil)

// courseWords holds what the blanks of a course's drills are chosen from:
// the words of each key point of its skill points, cut once, and how many
// of its skill points use each word in their titles or key points — a
// word most of them use (客户, 培训 in a customer-service course) says
// little of any one. Titles and key points alone: those are what `serve`
// makes a course's drills again for, so an edit gives the drills a full
// build gives, and cutting them costs little next to the whole text.
type courseWords struct {
	counts map[string]int
	cuts   map[string][]segmenter.Word // a key point's text → its words
}

// cutCourse cuts the titles and key points of the skill points, in
// parallel.
func cutCourse(skills []*content.Page) *courseWords {
	type cut struct {
		keyPoints map[string][]segmenter.Word
		used      map[string]bool
	}
	cuts := make([]cut, len(skills))
	pool.Each(len(skills), func(i int) {
		c := cut{map[string][]segmenter.Word{}, map[string]bool{}}
		for _, w := range drillWords.Split(skills[i].Title()) {
			c.used[w.Text] = true
		}
		if kp := keyPoints(skills[i]); kp != nil {
			for _, it := range kp.Items {
				ws := drillWords.Cut(it.Text)
				c.keyPoints[it.Text] = ws
				for _, w := range ws {
					c.used[w.Text] = true
				}
			}
		}
		cuts[i] = c
	})
	cw := &courseWords{counts: map[string]int{}, cuts: map[string][]segmenter.Word{}}
	for _, c := range cuts {
		for w := range c.used {
			cw.counts[w]++
		}
		maps.Copy(cw.cuts, c.keyPoints)
	}
	return cw
}

// blankSpan picks the word of a key point to blank out in its fill drill,
// as byte offsets: of its content words of two characters or more (a
// segmenter's words: a blank never cuts a word and never holds only
// function words), the most telling (see telling), so that recalling it
// recalls the point. A text without Han characters blanks its longest
// word. start == end when there is nothing to blank.
func (cw *courseWords) blankSpan(text string) (start, end int) {
	if hs, he := longestRun(text, isHan); he == hs {
		return longestRun(text, isWordRune)
	}
	ws, ok := cw.cuts[text]
	if !ok {
		ws = drillWords.Cut(text)
	}
	var best *segmenter.Word
	for i := range ws {
		w := &ws[i]
		if !segmenter.IsContent(*w) || utf8.RuneCountInString(w.Text) < 2 {
			continue
		}
		// A tie goes to the later word: Chinese key points mostly end on
		// what they are about.
		if best == nil || cw.telling(*w) >= cw.telling(*best) {
			best = w
		}
	}
	if best == nil {
		return 0, 0
	}
	return best.Start, best.End
}

// telling scores how much a word of a key point tells of it: its rarity in
// general Chinese in bits (segmenter.Rarity: 工作 8.9, 知道 9.6, 收益
// 14.2), less 4 for each doubling of the course's skill points that use it
// in their titles or key points (培训 in a training course), plus 4 for a
// noun or a verb used as one (名词 and 动名词: 服务, 经营), which a recall
// question asks for better than the verb before it.
func (cw *courseWords) telling(w segmenter.Word) float64 {
	score := float64(segmenter.Rarity(w.Text))
	if n := cw.counts[w.Text]; n > 1 {
		score -= 4 * math.Log2(float64(n))
	}
	if w.Pos != "" && w.Pos[0] == 'n' || w.Pos == "vn" {
		score += 4
	}
	return score
}

// longestRun returns the offsets of the longest stretch of runes for which
// ok holds, the first of the longest.
func longestRun(text string, ok func(rune) bool) (int, int) {
	bs, be, cur := 0, 0, -1
	for i, r := range text {
		switch {
		case ok(r) && cur < 0:
			cur = i
		case !ok(r) && cur >= 0:
			if i-cur > be-bs {
				bs, be = cur, i
			}
			cur = -1
		}
	}
	if cur >= 0 && len(text)-cur > be-bs {
		bs, be = cur, len(text)
	}
	return bs, be
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
