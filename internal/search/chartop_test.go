package search

import (
	"context"
	"testing"
	"unicode/utf8"
)

// TestCharTopMatchesSearch checks that the first results stored for each
// Han character (what a one-character query shows in the browser) are
// Search's: the same documents in the same order, with the same scores.
// When the ranking changes, rankGroup must change with it.
func TestCharTopMatchesSearch(t *testing.T) {
	docs := testDocs(300, "客")
	docs[7].fields[phraseField] = phraseText("客", []string{"服"}) // a one-character title and key point
	ix := New(docs, testOptions)
	defer ix.Close()
	if len(ix.charTerms) < 10 {
		t.Fatalf("only %d characters", len(ix.charTerms))
	}
	s := getRankScratch(len(ix.Docs))
	for c := range ix.charTerms {
		want, err := ix.Search(context.Background(), c, charTopDocs)
		if err != nil {
			t.Fatal(err)
		}
		got, matches := ix.rankGroup(ix.charTerms[c], Phrase(c), []string{c}, s, charTopDocs)
		if len(got) < len(want) || matches < len(got) {
			t.Fatalf("%s: %d ranked, Search has %d", c, len(got), len(want))
		}
		scoreOf := map[string]float64{}
		for _, g := range got {
			scoreOf[ix.Docs[g.doc].URL] = g.score
		}
		for i, w := range want {
			if !closeScores(got[i].score, w.Score) {
				t.Errorf("%s: result %d scores %.17g, Search's %.17g", c, i, got[i].score, w.Score)
			}
			// Equal scores may come in either order (bleve orders them by
			// id), and a tie at the cut-off may keep other documents.
			g, ok := scoreOf[w.URL]
			if !ok && closeScores(w.Score, got[len(got)-1].score) {
				continue
			}
			if !ok || !closeScores(g, w.Score) {
				t.Errorf("%s: Search's result %d, %s (%.17g), is ranked %.17g", c, i, w.URL, w.Score, g)
			}
		}
	}
	if utf8.RuneCountInString(Phrase("客")) != 2 {
		t.Fatalf("Phrase(客) = %q", Phrase("客"))
	}
}

func closeScores(a, b float64) bool {
	d := a - b
	return d <= 1e-12*max(a, b) && -d <= 1e-12*max(a, b)
}
