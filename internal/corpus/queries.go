package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QueryFile is the file of queries Write puts beside the site, for the
// benchmarks and the parity test: a line per query,
//
//	class<TAB>query<TAB>pages
//
// drawn from twenty skill points spread over the site (each class from
// each of them). pages is what a search must find in its top 10: the URL
// paths (as "course-001/chapter-01/skill-01/"), separated by spaces, of
// every page whose text contains the query — every space-separated piece of
// it, case aside — when at most 10 pages do; "*" when more do, and then any
// 10 pages that contain it are right. Classes, as trainees type queries:
//
//	han1          one Han character of the title, the rarest in the site
//	han2          two Han characters from inside the title
//	title         the whole title
//	keypoint      the longest key point
//	fragment      five characters from inside a body sentence
//	twofragments  two three-character fragments from the first and the
//	              second half of the page, with a space between
//	latin         a Latin or digit term and two Han characters of its
//	              sentence (ISO9001 投诉); from the next page that has one
//	sentence      the first 20 characters of a body sentence
const QueryFile = "queries.tsv"

// QueryClasses are the classes of QueryFile, in the order they are written.
var QueryClasses = []string{"han1", "han2", "title", "keypoint", "fragment", "twofragments", "latin", "sentence"}

// maxListed is the most pages a query's line lists; more is "*".
const maxListed = 10

// queries draws the queries of QueryFile from the generated pages.
func (g *generator) queries() string {
	idx := newTextIndex(g.pages)
	var skills []*page
	for i := range g.pages {
		if g.pages[i].skill != nil {
			skills = append(skills, &g.pages[i])
		}
	}
	var b strings.Builder
	every := max(1, len(skills)/20)
	for i := 0; i < len(skills); i += every {
		p := skills[i]
		st := p.skill
		half := len(st.sentences) / 2
		lines := map[string]string{
			"han1":         idx.rarestRune(st.title),
			"han2":         firstHanPair(string([]rune(st.title)[min(1+g.rng.IntN(3), len([]rune(st.title))-2):])),
			"title":        st.title,
			"keypoint":     longest(st.keyPoints),
			"fragment":     idx.rarestWindow(st.sentences, 5, 2),
			"twofragments": idx.rarestWindow(st.sentences[:half], 3, 1) + " " + idx.rarestWindow(append(st.sentences[half:], st.keyPoints...), 3, 1),
			"latin":        idx.latinQuery(skills[i:]),
			"sentence":     firstSentence(st.sentences, 20),
		}
		for _, class := range QueryClasses {
			if q := strings.TrimSpace(lines[class]); q != "" {
				b.WriteString(class + "\t" + q + "\t" + idx.pagesWith(q) + "\n")
			}
		}
	}
	return b.String()
}

// textIndex is the lower-cased text of every page and, for each Han
// character, how many pages contain it.
type textIndex struct {
	urls, texts []string
	df          map[rune]int
}

func newTextIndex(pages []page) *textIndex {
	idx := &textIndex{df: map[rune]int{}}
	for _, p := range pages {
		text := strings.ToLower(p.text)
		idx.urls, idx.texts = append(idx.urls, p.url), append(idx.texts, text)
		seen := map[rune]bool{}
		for _, r := range text {
			if unicode.Is(unicode.Han, r) && !seen[r] {
				seen[r] = true
				idx.df[r]++
			}
		}
	}
	return idx
}

// pagesWith lists the pages that contain every piece of q, or "*". A
// piece of Latin letters and digits alone must be a whole word there: 300
// is not in 3000, as a trainee who asks for 300 does not mean 3000 (and
// neither engine matches inside words).
func (idx *textIndex) pagesWith(q string) string {
	pieces := strings.Fields(strings.ToLower(q))
	var urls []string
	for i, text := range idx.texts {
		if !slices.ContainsFunc(pieces, func(p string) bool { return !containsPiece(text, p) }) {
			if urls = append(urls, idx.urls[i]); len(urls) > maxListed {
				return "*"
			}
		}
	}
	return strings.Join(urls, " ")
}

// containsPiece reports whether text holds piece, and a piece of Latin
// letters and digits alone not inside a longer word or number.
func containsPiece(text, piece string) bool {
	if strings.ContainsFunc(piece, func(r rune) bool { return !latinWord(r) }) {
		return strings.Contains(text, piece)
	}
	for at := 0; ; {
		i := strings.Index(text[at:], piece)
		if i < 0 {
			return false
		}
		start, end := at+i, at+i+len(piece)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !latinWord(before) && !latinWord(after) {
			return true
		}
		at = start + 1
	}
}

// latinWord reports an ASCII letter or digit.
func latinWord(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// rarestRune is the Han character of s in the fewest pages.
func (idx *textIndex) rarestRune(s string) string {
	best := rune(0)
	for _, r := range s {
		if unicode.Is(unicode.Han, r) && (best == 0 || idx.df[r] < idx.df[best]) {
			best = r
		}
	}
	if best == 0 {
		return ""
	}
	return string(best)
}

// rarestWindow is the run of n Han characters, starting at least from
// characters into a sentence, whose rarest character is in the fewest
// pages: the piece of the text most likely to find its page.
func (idx *textIndex) rarestWindow(sentences []string, n, from int) string {
	best, bestDF := "", 0
	for _, s := range sentences {
		r := []rune(s)
		for i := from; i+n <= len(r); i++ {
			w := r[i : i+n]
			if slices.ContainsFunc(w, func(c rune) bool { return !unicode.Is(unicode.Han, c) }) {
				continue
			}
			df := slices.Min(dfs(idx.df, w))
			if best == "" || df < bestDF {
				best, bestDF = string(w), df
			}
		}
	}
	return best
}

func dfs(df map[rune]int, w []rune) []int {
	out := make([]int, len(w))
	for i, c := range w {
		out[i] = df[c]
	}
	return out
}

// latinQuery is the first Latin or digit term of the first of pages that has
// one, and the rarest two Han characters of its sentence.
func (idx *textIndex) latinQuery(pages []*page) string {
	for _, p := range pages {
		for _, s := range p.skill.sentences {
			for _, f := range strings.Fields(s) {
				if !isLatin(f) {
					continue
				}
				rest := strings.Replace(s, f, " ", 1)
				if han := idx.rarestWindow([]string{rest}, 2, 0); han != "" {
					return f + " " + han
				}
			}
		}
	}
	return ""
}

// firstSentence is the first n characters of the first sentence of at least
// n characters.
func firstSentence(sentences []string, n int) string {
	for _, s := range sentences {
		if r := []rune(s); len(r) >= n {
			return string(r[:n])
		}
	}
	return ""
}

// firstHanPair is the first two adjacent Han characters of s.
func firstHanPair(s string) string {
	r := []rune(s)
	for i := 0; i+1 < len(r); i++ {
		if unicode.Is(unicode.Han, r[i]) && unicode.Is(unicode.Han, r[i+1]) {
			return string(r[i : i+2])
		}
	}
	return ""
}

// longest is the longest of ss (the first of them, if several are).
func longest(ss []string) string {
	return slices.MaxFunc(ss, func(a, b string) int { return len([]rune(a)) - len([]rune(b)) })
}
