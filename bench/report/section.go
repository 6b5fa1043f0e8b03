package main

import (
	"fmt"
	"strings"
)

const (
	begin = "<!-- bench/run: begin -->"
	end   = "<!-- bench/run: end -->"
)

// section writes the Markdown of a whole bench/run.
func section(b *bench) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s\n## All together: `bench/run`\n\n", begin)
	fmt.Fprintf(&s, "Written by `bench/run` on %s (started %s, took %s; load average %s at the start, %s at the end). Machine: %s. ",
		or(b.date), or(b.started), or(b.took), or(b.loadStart), or(b.loadEnd), or(b.machine))
	s.WriteString("Builds: the median of alternating rounds (spread in brackets). Search: medians over the corpus's queries, both engines asked query by query in turn (Chromium, http, files sent gzip-compressed as a static host sends them). " +
		"A ratio is Skillbook's figure over the peer's, both from this run. The budgets are issue 19's, numbered as there (set for 10,000 skill points, and shown at every size), and issue 16's; \"not measured\" is a budget whose figures the run did not give.\n")
	for _, r := range b.runs {
		t := newTable()
		if r.buildOnly {
			fmt.Fprintf(&s, "\n### %s skill points (build only)\n\n", thousands(num(r.size)))
			bigBuildRows(t, r)
		} else {
			fmt.Fprintf(&s, "\n### %s skill points\n\n", thousands(num(r.size)))
			weightRows(t, r)
			searchRows(t, r)
			outputRows(t, r)
			buildRows(t, r)
			serveRows(t, r)
		}
		s.WriteString(t.String())
	}
	if len(b.evalSets) > 0 {
		s.WriteString("\n### Search as trainees ask (issue 16)\n\n")
		s.WriteString("`bench/eval`: success@3 (then MRR and the share of queries with no result), on the evaluation sets of internal/search/testdata, Skillbook and Pagefind side by side.\n\n")
		t := newTable()
		for _, set := range b.evalSets {
			evalRows(t, set, b.eval[set])
		}
		s.WriteString(t.String())
	}
	s.WriteString(end + "\n")
	return s.String()
}

// or is s, or "—" when the log did not say.
func or(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
