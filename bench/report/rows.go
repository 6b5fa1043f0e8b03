package main

import (
	"fmt"
	"slices"

	"skillbook/internal/pageweight"
)

// weightRows: issue 19's budget 1, each page kind's first load at most
// 150 KB and 1.5 × the same kind's on a 100-point site.
func weightRows(t *table, r *run) {
	budget := fmt.Sprintf("≤ %d KB, ≤ %.1f ×", pageweight.MaxLoad/1000, pageweight.MaxGrowth)
	for _, k := range pageweight.Kinds {
		what := "1. page weight: " + k.Name + ", first load"
		w, ok := r.weight[k.Name]
		if !ok {
			t.missing(what, budget)
			continue
		}
		t.row(what, thousands(w[0])+" B", thousands(w[1])+" B (100 points)", ratio(w[0], w[1]), budget, pageweight.Within(int(w[1]), int(w[0])))
	}
}

// classNames are the query classes of internal/corpus.QueryClasses, in
// its order, as the table names them.
var classNames = []struct{ class, name string }{
	{"han1", "one character"}, {"han2", "two characters"}, {"title", "title"}, {"keypoint", "key point"},
	{"fragment", "fragment"}, {"twofragments", "two fragments"}, {"latin", "Latin and digits"}, {"sentence", "sentence"},
}

// searchRows: issue 19's budget 2, per class and over all queries.
func searchRows(t *table, r *run) {
	sk, pf := r.classes["skillbook"], r.classes["pagefind"]
	for _, c := range classNames {
		s, ok := sk[c.class]
		p, okP := pf[c.class]
		if !ok || !okP {
			t.missing("2. search, "+c.name+": recall@10", "= 1.0")
			t.missing("2. search, "+c.name+": warm median", "≤ 0.5 ×")
			continue
		}
		t.row("2. search, "+c.name+": recall@10", fmt.Sprintf("%.3f", s.recall), fmt.Sprintf("%.3f", p.recall), 0, "= 1.0", s.recall == 1)
		t.row("2. search, "+c.name+": warm median", ms(s.warmMS), ms(p.warmMS), ratio(s.warmMS, p.warmMS), "≤ 0.5 ×", s.warmMS <= 0.5*p.warmMS)
	}
	a, p := r.all["skillbook"], r.all["pagefind"]
	if a.warmP95 == 0 || p.warmP95 == 0 {
		t.missing("2. search, all classes: warm p95", "≤ 0.5 ×")
		t.missing("2. search: page + first query, cold, gzip (median)", "≤ 0.5 ×")
	} else {
		t.row("2. search, all classes: warm p95", ms(a.warmP95), ms(p.warmP95), ratio(a.warmP95, p.warmP95), "≤ 0.5 ×", a.warmP95 <= 0.5*p.warmP95)
		t.row("2. search: page + first query, cold, gzip (median)", kb(a.pageAndCold), kb(p.pageAndCold), ratio(a.pageAndCold, p.pageAndCold), "≤ 0.5 ×", a.pageAndCold <= 0.5*p.pageAndCold)
	}
	if !a.haveRequests {
		t.missing("2. search: most requests, a cold query of ≤ 8 characters", "≤ 20")
		t.missing("2. search: most requests, any cold query", "≤ 40")
	} else {
		t.row("2. search: most requests, a cold query of ≤ 8 characters", fmt.Sprintf("%.0f", a.maxShort), fmt.Sprintf("%.0f", p.maxShort), 0, "≤ 20", a.maxShort <= 20)
		t.row("2. search: most requests, any cold query", fmt.Sprintf("%.0f", a.maxAny), fmt.Sprintf("%.0f", p.maxAny), 0, "≤ 40", a.maxAny <= 40)
	}
	s, okS := r.substr["skillbook"]
	if !okS {
		t.missing("2. search: substring recall", "= 1.0")
		return
	}
	t.row("2. search: substring recall", fmt.Sprintf("%.3f", s), fmt.Sprintf("%.3f", r.substr["pagefind"]), 0, "= 1.0", s == 1)
}

// outputRows: issue 19's budget 3, the whole site's files and bytes, and
// the search export's against Pagefind's.
func outputRows(t *table, r *run) {
	sb, hp, ex, pf := r.files["skillbook"], r.files["hugo"], r.files["export"], r.files["pagefind"]
	if sb[0] == 0 {
		for _, m := range [][2]string{{"3. output: files", "≤ 20,000"}, {"3. output: bytes", "≤ 200 MB"}, {"3. search export: files", "≤ 1 × Pagefind's"}} {
			t.missing(m[0], m[1])
		}
	} else {
		t.row("3. output: files", thousands(sb[0]), thousands(hp[0])+" (Hugo + Pagefind)", ratio(sb[0], hp[0]), "≤ 20,000", sb[0] <= 20000)
		t.row("3. output: bytes", mb(sb[1]), mb(hp[1])+" (Hugo + Pagefind)", ratio(sb[1], hp[1]), "≤ 200 MB", sb[1] <= 200e6)
		t.row("3. search export: files", thousands(ex[0]), thousands(pf[0])+" (Pagefind)", ratio(ex[0], pf[0]), "≤ 1 × Pagefind's", ex[0] <= pf[0])
	}
	s, p := r.served["skillbook search export"], r.served["pagefind"]
	if s > 0 && p > 0 {
		t.info("3. search export: bytes as served, gzip (on disk)", fmt.Sprintf("%s (%s)", mb(s), mb(ex[1])), fmt.Sprintf("%s (%s)", mb(p), mb(pf[1])), ratio(s, p))
	}
}

// buildRows: issue 19's budget 4 at 1,000 and 10,000 points.
func buildRows(t *table, r *run) {
	sbs, hs, ps := r.builds["skillbook build"], r.builds["hugo"], r.builds["pagefind"]
	sb, h, p := median(sbs), median(hs), median(ps)
	if len(sbs) == 0 || len(hs) == 0 {
		t.missing("4. full build vs Hugo alone", "≤ 1.2 ×")
	} else {
		t.row("4. full build vs Hugo alone", secs(sbs), secs(hs), sb/h, "≤ 1.2 ×", sb <= 1.2*h)
	}
	if len(sbs) == 0 || len(ps) == 0 {
		t.missing("4. full build vs Hugo + Pagefind", "≤ 0.2 ×")
	} else {
		t.row("4. full build vs Hugo + Pagefind", secs(sbs), fmt.Sprintf("%.2f s", h+p), sb/(h+p), "≤ 0.2 ×", sb <= 0.2*(h+p))
	}
	rssRow(t, r, 1024, "< 1 GiB")
}

// bigBuildRows: issue 19's budget 4 at 50,000 points, without Pagefind.
func bigBuildRows(t *table, r *run) {
	sbs, hs := r.builds["skillbook build"], r.builds["hugo"]
	if len(sbs) == 0 || len(hs) == 0 {
		t.missing("4. full build vs Hugo alone", "≤ 1.2 ×")
	} else {
		t.row("4. full build vs Hugo alone", secs(sbs), secs(hs), median(sbs)/median(hs), "≤ 1.2 ×", median(sbs) <= 1.2*median(hs))
	}
	rssRow(t, r, 3072, "≤ 3 GiB")
}

func rssRow(t *table, r *run, limit float64, budget string) {
	rss := r.rss["skillbook build"]
	if len(rss) == 0 {
		t.missing("4. peak RSS of the build", budget)
		return
	}
	peer := fmt.Sprintf("%.0f MiB (Hugo)", median(r.rss["hugo"]))
	if len(r.rss["pagefind"]) > 0 {
		peer += fmt.Sprintf(", %.0f MiB (Pagefind)", median(r.rss["pagefind"]))
	}
	worst := slices.Max(rss)
	ok := worst <= limit
	if limit == 1024 {
		ok = worst < limit
	}
	t.row("4. peak RSS of the build (highest round)", fmt.Sprintf("%.0f MiB", worst), peer, 0, budget, ok)
}

// serveRows: issue 19's budget 5, each kind of save against hugo server,
// and a common term's against an ordinary (body) edit.
func serveRows(t *table, r *run) {
	sb, hugo := r.saves["skillbook serve"], r.saves["hugo server"]
	if len(sb) == 0 {
		t.missing("5. serve: save → served, median", "≤ 0.2 ×")
		t.missing("5. serve: common-term edit vs ordinary edit", "≤ 2 ×")
		return
	}
	for _, e := range r.edits {
		s, h := sb[e], hugo[e]
		t.row("5. serve: save → served, "+e+" edit, median (p95)", fmt.Sprintf("%.1f ms (%.1f)", s[0], s[1]), fmt.Sprintf("%.1f ms (%.1f)", h[0], h[1]), ratio(s[0], h[0]), "≤ 0.2 ×", h[0] > 0 && s[0] <= 0.2*h[0])
	}
	c, okC := sb["common"]
	o, okO := sb["body"]
	if !okC || !okO {
		t.missing("5. serve: common-term edit vs ordinary edit", "≤ 2 ×")
	} else {
		t.row("5. serve: common-term edit vs ordinary (body) edit, median", ms(c[0]), ms(o[0])+" (body, Skillbook)", ratio(c[0], o[0]), "≤ 2 ×", c[0] <= 2*o[0])
	}
	if r.serveRSS[0] > 0 {
		t.info("5. serve: peak RSS", fmt.Sprintf("%.0f MiB", r.serveRSS[0]), fmt.Sprintf("%.0f MiB", r.serveRSS[1]), ratio(r.serveRSS[0], r.serveRSS[1]))
	}
}

// evalRows: issue 16's budgets on one evaluation set: success@3 ≥ 0.95
// and zero results ≤ 1 % over all queries, Pagefind beaten on every class
// (equalled at 1.000, the most there is).
func evalRows(t *table, set string, e map[string]map[string]evalFigures) {
	sk, pf := e["skillbook"], e["pagefind"]
	all, ok := sk["all"]
	if !ok {
		t.missing(set+", all: success@3", "≥ 0.95")
		t.missing(set+", all: zero results", "≤ 0.01")
		return
	}
	p := pf["all"]
	t.row(fmt.Sprintf("%s, all (%d): success@3", set, all.n), evalCell(all), evalCell(p), ratio(all.success3, p.success3), "≥ 0.95", all.success3 >= 0.95)
	t.row(fmt.Sprintf("%s, all (%d): zero results", set, all.n), fmt.Sprintf("%.3f", all.zero), fmt.Sprintf("%.3f", p.zero), 0, "≤ 0.01", all.zero <= 0.01)
	for _, c := range sortedClasses(sk) {
		s, p := sk[c], pf[c]
		t.row(fmt.Sprintf("%s, %s (%d): success@3", set, c, s.n), evalCell(s), evalCell(p), ratio(s.success3, p.success3), "> Pagefind's, or 1.000", s.success3 > p.success3 || s.success3 == 1)
	}
}

// evalCell is success@3, then MRR and the share of queries with no result.
func evalCell(f evalFigures) string {
	return fmt.Sprintf("%.3f (MRR %.3f; zero %.3f)", f.success3, f.mrr, f.zero)
}

// sortedClasses are an evaluation set's classes but "all", in order.
func sortedClasses(m map[string]evalFigures) []string {
	var out []string
	for c := range m {
		if c != "all" {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

func ms(x float64) string { return fmt.Sprintf("%.1f ms", x) }
func kb(x float64) string { return fmt.Sprintf("%.1f KB", x) }
func mb(x float64) string { return fmt.Sprintf("%.1f MB", x/1e6) }

// secs is a median of seconds and the spread of the rounds.
func secs(all []float64) string {
	return fmt.Sprintf("%.2f s (%.2f–%.2f)", median(all), slices.Min(all), slices.Max(all))
}
