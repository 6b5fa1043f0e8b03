package segmenter

import (
	"slices"
	"sync"
	"testing"
)

func texts(ws []Word) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Text)
	}
	return out
}

// TestCutKeepsTermsWhole checks that a site's terms come out whole, that
// the rest is cut with the dictionary, and that the words add up to the
// text.
func TestCutKeepsTermsWhole(t *testing.T) {
	plain := New(nil)
	site := New([]string{"服务意识", "首问负责"})
	for _, c := range []struct {
		seg  *Segmenter
		text string
		want []string
	}{
		{plain, "培养员工的服务意识", []string{"培养", "员工", "的", "服务", "意识"}},
		{site, "培养员工的服务意识", []string{"培养", "员工", "的", "服务意识"}},
		{site, "首问负责制与服务意识", []string{"首问负责", "制", "与", "服务意识"}},
		{site, "", nil},
	} {
		ws := c.seg.Cut(c.text)
		if got := texts(ws); !slices.Equal(got, c.want) {
			t.Errorf("Cut(%q) = %q, want %q", c.text, got, c.want)
		}
		if got := texts(c.seg.Split(c.text)); !slices.Equal(got, c.want) {
			t.Errorf("Split(%q) = %q, want %q", c.text, got, c.want)
		}
		at := 0
		for _, w := range ws {
			if w.Start != at || c.text[w.Start:w.End] != w.Text {
				t.Errorf("Cut(%q): word %+v does not follow on at %d", c.text, w, at)
			}
			at = w.End
		}
	}
}

// TestSegmentersShareNothingMutable runs two sites' segmenters at once:
// each keeps its own terms (run with -race).
func TestSegmentersShareNothingMutable(t *testing.T) {
	a, b := New([]string{"服务意识"}), New([]string{"员工的服"})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if got := texts(a.Cut("员工的服务意识")); !slices.Equal(got, []string{"员工", "的", "服务意识"}) {
				t.Errorf("a: %q", got)
			}
			if got := texts(b.Cut("员工的服务意识")); got[0] != "员工的服" {
				t.Errorf("b: %q", got)
			}
		})
	}
	wg.Wait()
}

// TestRarity: a common word is less rare than a telling one, and a word
// the dictionary does not hold has no rarity.
func TestRarity(t *testing.T) {
	if common, telling := Rarity("工作"), Rarity("收益"); !(common > 0 && common < telling) {
		t.Errorf("Rarity(工作) = %v, Rarity(收益) = %v: want 0 < 工作 < 收益", common, telling)
	}
	for _, w := range []string{"", "工作xyz", "zzqq"} {
		if r := Rarity(w); r != 0 {
			t.Errorf("Rarity(%q) = %v, want 0", w, r)
		}
	}
}
