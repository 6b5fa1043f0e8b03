package search

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"golang.org/x/text/unicode/norm"
)

// Phrases is the field of whole titles and key points, each one term (see
// Phrase). A query is asked for there too, beside its terms, as an optional
// clause: the page whose title or key point it is then ranks above pages
// that only hold its terms here and there. Its postings come after those of
// Fields, at index phraseField.
var Phrases = Field{"phrases", 8}

// phraseField is the index of Phrases among allFields, and fieldCount
// their number: the fields of a document and of a term's postings.
var (
	phraseField = len(Fields)
	fieldCount  = len(allFields())
)

// phraseMark starts every phrase term. Analysed terms hold only letters,
// digits, marks and Han characters, so the two kinds never share a term.
const phraseMark = "="

// Phrase is text as one term of Phrases: "=" and the analyzer's tokens (Han
// characters and lower-cased runs of letters and digits, as wordTokenizer
// makes them) run together, a space between two runs of letters and digits.
// Spacing and punctuation do not count. It is "" for text without tokens.
func Phrase(text string) string {
	var b []byte
	last := analysis.TokenType(-1) // the type of the token before
	eachToken(norm.NFKC.Bytes([]byte(text)), func(term []byte, _, _ int, typ analysis.TokenType) {
		if b == nil {
			b = []byte(phraseMark)
		} else if typ == analysis.AlphaNumeric && last == analysis.AlphaNumeric {
			b = append(b, ' ')
		}
		b, last = append(b, term...), typ
	})
	return string(b)
}

// isPhrase reports a term of Phrases.
func isPhrase(term string) bool { return strings.HasPrefix(term, phraseMark) }

// phraseText is a document's Phrases field: the phrase of its title, of
// its title less the first word when it has several (a label such as
// "技能点5" or "第二章" that a trainee leaves out), and of each key point, a
// line each.
func phraseText(title string, keyPoints []string) string {
	var lines []string
	texts := []string{title}
	if _, rest, ok := strings.Cut(strings.TrimSpace(title), " "); ok {
		texts = append(texts, rest)
	}
	for _, s := range append(texts, keyPoints...) {
		if p := Phrase(s); p != "" {
			lines = append(lines, p)
		}
	}
	return strings.Join(lines, "\n")
}

// eachPhrase calls emit with every line of a Phrases field: its terms, as
// lineTokenizer makes them.
func eachPhrase(text string, emit func(string)) {
	for line := range strings.Lines(text) {
		emit(strings.TrimSuffix(line, "\n"))
	}
}

// lineTokenizer makes each line of Phrases one token.
type lineTokenizer struct{}

// Tokenize splits text into its lines.
func (lineTokenizer) Tokenize(in []byte) analysis.TokenStream {
	var out analysis.TokenStream
	start := 0
	for start < len(in) {
		end := start
		for end < len(in) && in[end] != '\n' {
			end++
		}
		out = append(out, &analysis.Token{Term: in[start:end], Start: start, End: end, Position: len(out) + 1, Type: analysis.AlphaNumeric})
		start = end + 1
	}
	return out
}
