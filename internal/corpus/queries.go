package corpus

import "unicode"

// QueryFile is the file of queries Write puts beside the site, for the
// benchmarks: a line per query, "kind<TAB>query<TAB>page URL", drawn from
// twenty skill points spread over the site. Kinds:
//
//	title      the skill point's title, less its "技能点N" label
//	keypoint   its first key point
//	substring  two Chinese characters of the title that start inside a word
//	           (from its 4th character on: 如何 and a word's first character
//	           come before); the URL is the page it was taken from, and the
//	           pages that contain it are what a search must find
const QueryFile = "queries.tsv"

// query records the queries of the skill point being written.
func (g *generator) query(title, keyPoint string) {
	g.queries.WriteString("title\t" + title + "\t" + g.url + "\n")
	g.queries.WriteString("keypoint\t" + keyPoint + "\t" + g.url + "\n")
	r := []rune(title)
	for i := 3; i+1 < len(r); i++ {
		if unicode.Is(unicode.Han, r[i-1]) && unicode.Is(unicode.Han, r[i]) && unicode.Is(unicode.Han, r[i+1]) {
			g.queries.WriteString("substring\t" + string(r[i:i+2]) + "\t" + g.url + "\n")
			return
		}
	}
}
