package quiz

import (
	"cmp"
	"math"
	"unicode"
	"unicode/utf8"

	"skillbook/internal/content"
	"skillbook/internal/segmenter"
)

// drillWords cuts key points with the shared dictionary alone: a site's
// own terms (its titles, key points and headings, which search keeps
// whole) would make a short key point one word, and its blank the whole
// key point.
var drillWords = segmenter.New(nil)

// wordCounts holds, for each word of a course's titles and key points, how
// many of its skill points use it there: a word most of them use (客户,
// 培训 in a customer-service course) says little of any one.
type wordCounts map[string]int

// courseWordCounts counts the words of the skill points' titles and key
// points, once per skill point. Their titles and key points alone: those
// are what `serve` makes a course's drills again for, so an edit gives
// the drills a full build gives, and cutting them costs little next to
// cutting the whole text.
func courseWordCounts(skills []*content.Page) wordCounts {
	counts := wordCounts{}
	for _, s := range skills {
		seen := map[string]bool{}
		texts := []string{s.Title()}
		if kp := keyPoints(s); kp != nil {
			for _, it := range kp.Items {
				texts = append(texts, it.Text)
			}
		}
		for _, t := range texts {
			for _, w := range drillWords.Split(t) {
				if !seen[w.Text] {
					seen[w.Text] = true
					counts[w.Text]++
				}
			}
		}
	}
	return counts
}

// blankSpan picks the word of a key point to blank out in its fill drill,
// as byte offsets: of its content words of two characters or more (a
// segmenter's words: a blank never cuts a word and never holds only
// function words), the most telling (see moreTelling), so that recalling
// it recalls the point. A text without Han characters blanks its longest
// word. start == end when there is nothing to blank.
func blankSpan(text string, counts wordCounts) (start, end int) {
	if hs, he := longestRun(text, isHan); he == hs {
		return longestRun(text, isWordRune)
	}
	var best *segmenter.Word
	ws := drillWords.Cut(text)
	for i := range ws {
		w := &ws[i]
		if !segmenter.IsContent(*w) || utf8.RuneCountInString(w.Text) < 2 {
			continue
		}
		if best == nil || moreTelling(*w, *best, counts) >= 0 {
			best = w
		}
	}
	if best == nil {
		return 0, 0
	}
	return best.Start, best.End
}

// moreTelling compares two words of a key point, > 0 when a tells more of
// it than b, by telling; on a tie the later word wins: Chinese key points
// mostly end on what they are about.
func moreTelling(a, b segmenter.Word, counts wordCounts) int {
	return cmp.Compare(telling(a, counts), telling(b, counts))
}

// telling scores how much a word of a key point tells of it: its rarity in
// general Chinese in bits (segmenter.Rarity: 工作 8.9, 知道 9.6, 收益
// 14.2), less 4 for each doubling of the course's skill points that use it
// in their titles or key points (培训 in a training course), plus 4 for a
// noun or a verb used as one (名词 and 动名词: 服务, 经营), which a recall
// question asks for better than the verb before it.
func telling(w segmenter.Word, counts wordCounts) float64 {
	score := float64(segmenter.Rarity(w.Text))
	if n := counts[w.Text]; n > 1 {
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
