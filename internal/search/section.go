package search

import "math"

// sectionAt is where in a document's text a result links to: the start of
// the heading line that holds the most characters of the marks, when they
// are at least half of its characters, more than the title holds and no
// fewer than the best match (the longest run of them, as Snippet finds
// it) is long; else the page's top (-1: no section) when the title holds
// as much of them as that run (一线员工培训 on 如何对一线员工进行培训 led
// to its key points, past the lesson); else the best match (first). A
// heading that says what was
// asked (避免“过度服务” for 避免过度服务) is where a trainee wants to land,
// rather than the key points list that repeats it; one that merely holds
// a word of it (把服务问题提高到企业战略高度来认识 for 服务), or less of it
// than the page's title, is not. The first heading of equals. search.js's
// sectionAt is the same.
func sectionAt(d Doc, marks []string, first int) int {
	text := lowerRunes([]rune(d.Text))
	ranges := matchRanges(text, marks)
	inTitle := heldIn(matchRanges(lowerRunes([]rune(d.Title)), marks), 0, math.MaxInt)
	longest := 0
	for _, r := range ranges {
		longest = max(longest, r[1]-r[0])
	}
	need, at := max(inTitle+1, longest), first
	if inTitle > 0 && inTitle >= longest {
		at = -1 // the title says it as well as any place in the text: the page's top, not its key points
	}
	for _, a := range d.Anchors {
		end := lineEnd(text, a.At)
		if held := heldIn(ranges, a.At, end); held >= need && 2*held >= end-a.At {
			at, need = a.At, held+1 // a later heading must hold more
		}
	}
	return at
}

// heldIn counts the characters of the ranges in [from, to).
func heldIn(ranges [][2]int, from, to int) int {
	n := 0
	for _, r := range ranges {
		n += max(0, min(r[1], to)-max(r[0], from))
	}
	return n
}

// lineEnd is where the line that starts at text[at] ends.
func lineEnd(text []rune, at int) int {
	for at < len(text) && text[at] != '\n' {
		at++
	}
	return at
}
