package diag

import (
	"fmt"
	"strings"
)

// DidYouMean returns a hint naming the candidate closest to word, or a list of
// all candidates when none is close.
func DidYouMean(word string, candidates []string) string {
	if best := Closest(word, candidates); best != "" {
		return fmt.Sprintf("did you mean %q?", best)
	}
	return fmt.Sprintf("choose one of %s", quoteAll(candidates))
}

// Closest returns the candidate word stands for: the same in another case,
// the English of a Chinese word (题目: prompt; see meant), else the one
// within two edits, the nearest first; "" when none is that close.
func Closest(word string, candidates []string) string {
	for _, c := range candidates {
		if strings.EqualFold(word, c) { // baseurl: for baseURL, however many letters differ in case
			return c
		}
	}
	if m := meant(word, candidates); m != "" {
		return m
	}
	best, bestDist := "", 3
	for _, c := range candidates {
		if d := distance(word, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// Nearest returns the candidate that begins with most of word (a page in
// the same chapter), the fewest edits from it among those, however far;
// "" when there are no candidates. Of candidates as near, the first wins.
func Nearest(word string, candidates []string) string {
	best, bestPrefix, bestDist := "", -1, 0
	for _, c := range candidates {
		p, d := commonPrefix(word, c), distance(word, c)
		if p > bestPrefix || p == bestPrefix && d < bestDist {
			best, bestPrefix, bestDist = c, p, d
		}
	}
	return best
}

// commonPrefix is how many runes a and b begin with alike.
func commonPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

func quoteAll(words []string) string {
	s := ""
	for i, w := range words {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%q", w)
	}
	return s
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
