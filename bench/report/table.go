package main

import (
	"fmt"
	"strings"
)

// table is a Markdown table of figures against budgets, counting the
// budgets met.
type table struct {
	b          strings.Builder
	met, total int
}

func newTable() *table {
	t := &table{}
	t.b.WriteString("| measure | Skillbook | peer | ratio | budget | met |\n| --- | --- | --- | --- | --- | --- |\n")
	return t
}

// row is a figure against a budget; a ratio of 0 is left empty.
func (t *table) row(what, ours, peer string, ratio float64, budget string, met bool) {
	t.total++
	mark := "no"
	if met {
		t.met++
		mark = "yes"
	}
	t.line(what, ours, peer, ratio, budget, mark)
}

// info is a figure without a budget of its own.
func (t *table) info(what, ours, peer string, ratio float64) {
	t.line(what, ours, peer, ratio, "", "")
}

// missing is a budget whose figures the run did not give.
func (t *table) missing(what, budget string) {
	t.total++
	t.line(what, "—", "—", 0, budget, "not measured")
}

func (t *table) line(what, ours, peer string, ratio float64, budget, mark string) {
	r := ""
	if ratio > 0 {
		r = fmt.Sprintf("%.2f", ratio)
	}
	fmt.Fprintf(&t.b, "| %s | %s | %s | %s | %s | %s |\n", what, ours, peer, r, budget, mark)
}

// String is the count of budgets met, then the table.
func (t *table) String() string {
	return fmt.Sprintf("Budgets met: **%d of %d**.\n\n%s", t.met, t.total, t.b.String())
}

// ratio is a / b, or 0 when b is 0.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// thousands writes n with commas between groups of three digits.
func thousands(n float64) string {
	s := fmt.Sprintf("%.0f", n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
