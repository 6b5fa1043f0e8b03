package corpus

import "unicode/utf8"

// QueryFile is the file of queries Write puts beside the site, for the
// benchmarks: a line per query, "kind<TAB>query<TAB>page URL", drawn from
// twenty skill points spread over the site. Kinds:
//
//	title      the skill point's title, less its "技能点N" label
//	keypoint   its first key point
//	substring  two characters of the title that start inside a word (the
//	           title's 4th and 5th); the URL is the page it was taken from, and
//	           the pages that contain it are what a search must find
const QueryFile = "queries.tsv"

// query records the queries of the skill point being written.
func (g *generator) query(title, keyPoint string) {
	g.queries.WriteString("title\t" + title + "\t" + g.url + "\n")
	g.queries.WriteString("keypoint\t" + keyPoint + "\t" + g.url + "\n")
	if r := []rune(title); utf8.RuneCountInString(title) >= 5 {
		g.queries.WriteString("substring\t" + string(r[3:5]) + "\t" + g.url + "\n")
	}
}
