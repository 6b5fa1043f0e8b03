package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

const (
	begin = "<!-- bench/run: begin -->"
	end   = "<!-- bench/run: end -->"
)

// section writes the Markdown of all runs.
func section(runs []*run, machine string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n## All together: `bench/run`\n\n", begin)
	fmt.Fprintf(&b, "Written by `bench/run` on %s. Machine: %s. Build times are the median of three alternating rounds (spread in brackets); search figures are medians over the corpus's queries.\n", time.Now().Format("2006-01-02"), machine)
	for _, r := range runs {
		fmt.Fprintf(&b, "\n### %s skill points\n\n", r.size)
		b.WriteString("| measure | Skillbook | peer | ratio | budget | met |\n| --- | --- | --- | --- | --- | --- |\n")
		sb, hugo, pf := median(r.builds["skillbook build"]), median(r.builds["hugo"]), median(r.builds["pagefind"])
		peerRSS := fmt.Sprintf("%.0f MiB (Hugo)", median(r.rss["hugo"]))
		if len(r.builds["pagefind"]) > 0 { // not at 50,000 points: Pagefind needs more memory than there is
			row(&b, "full build vs Hugo + Pagefind", secs(sb, r.builds["skillbook build"]), fmt.Sprintf("%.2f s", hugo+pf), sb/(hugo+pf), "≤ 0.2", sb/(hugo+pf) <= 0.2)
			peerRSS += fmt.Sprintf(", %.0f MiB (Pagefind)", median(r.rss["pagefind"]))
		}
		row(&b, "full build vs Hugo alone", secs(sb, r.builds["skillbook build"]), secs(hugo, r.builds["hugo"]), sb/hugo, "≤ 1.2", sb/hugo <= 1.2)
		rss, limit := median(r.rss["skillbook build"]), 1024.0
		if r.size == "50000" {
			limit = 3072
		}
		row(&b, "peak RSS of the build", fmt.Sprintf("%.0f MiB", rss), peerRSS, 0, fmt.Sprintf("≤ %.0f MiB", limit), rss <= limit)
		if f := r.files; f[0][0] > 0 && r.size != "50000" { // the output budget is the 10,000-point site's
			pages := [2]float64{f[0][0] - f[1][0], (f[0][1] - f[1][1]) / 1e6}
			row(&b, "output without the search export", fmt.Sprintf("%.0f files, %.1f MB", pages[0], pages[1]), "", 0, "", true)
			row(&b, "output with the search export", fmt.Sprintf("%.0f files, %.1f MB", f[0][0], f[0][1]/1e6), "", 0, "≤ 20,000 files, ≤ 200 MB", f[0][0] <= 20000 && f[0][1] <= 200e6)
		}
		if s, h := r.rebuild["skillbook serve"], r.rebuild["hugo server"]; h[0] > 0 {
			row(&b, "save → served, median (p95)", fmt.Sprintf("%.1f ms (%.1f)", s[0], s[1]), fmt.Sprintf("%.1f ms (%.1f)", h[0], h[1]), s[0]/h[0], "≤ 0.2", s[0]/h[0] <= 0.2)
		}
		searchRows(&b, r)
		classRows(&b, r)
		fmt.Fprintf(&b, "\nOutput: %s. Search index: %s. Serving: %s (skillbook serve), %s (hugo server) peak RSS.\n", r.output, r.index, r.serveRSS["skillbook serve"], r.serveRSS["hugo server"])
	}
	b.WriteString(end + "\n")
	return b.String()
}

func searchRows(b *strings.Builder, r *run) {
	sk, pf := r.search["skillbook"], r.search["pagefind"]
	if len(sk) < 5 || len(pf) < 5 {
		return
	}
	row(b, "search: first query's bytes", fmt.Sprintf("%.1f KB", sk[0]), fmt.Sprintf("%.1f KB", pf[0]), sk[0]/pf[0], "≤ 0.1", sk[0]/pf[0] <= 0.1)
	row(b, "search: first query's latency", fmt.Sprintf("%.1f ms", sk[1]), fmt.Sprintf("%.1f ms", pf[1]), sk[1]/pf[1], "", true)
	row(b, "search: warm query's bytes", fmt.Sprintf("%.1f KB", sk[2]), fmt.Sprintf("%.1f KB", pf[2]), sk[2]/pf[2], "", true)
	row(b, "search: warm query's latency", fmt.Sprintf("%.1f ms", sk[3]), fmt.Sprintf("%.1f ms", pf[3]), sk[3]/pf[3], "≤ 0.25", sk[3]/pf[3] <= 0.25)
	row(b, "search: recall@10", fmt.Sprintf("%.3f", sk[4]), fmt.Sprintf("%.3f", pf[4]), 0, "= 1.0", sk[4] == 1)
	row(b, "search: substring recall", fmt.Sprintf("%.3f", r.substr["skillbook"]), fmt.Sprintf("%.3f", r.substr["pagefind"]), 0, "= 1.0", r.substr["skillbook"] == 1)
}

// classRows is a table of the search figures per class of queries, both
// engines side by side, when bench/searchvs gave them.
func classRows(b *strings.Builder, r *run) {
	sk, pf := r.classes["skillbook"], r.classes["pagefind"]
	if len(sk) == 0 {
		return
	}
	b.WriteString("\n| query class | recall@10 | warm median ms (Pagefind) | ratio | warm p95 ms (Pagefind) | requests (Pagefind) | KB gzip (Pagefind) |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	for _, c := range []string{"han1", "han2", "title", "keypoint", "fragment", "twofragments", "latin", "sentence"} {
		s, p := sk[c], pf[c]
		if _, ok := sk[c]; !ok {
			continue
		}
		ratio := ""
		if p.warmMS > 0 {
			ratio = fmt.Sprintf("%.2f", s.warmMS/p.warmMS)
		}
		fmt.Fprintf(b, "| %s | %.3f (%.3f) | %.1f (%.1f) | %s | %.1f (%.1f) | %.0f (%.0f) | %.1f (%.1f) |\n",
			c, s.recall, p.recall, s.warmMS, p.warmMS, ratio, s.warmP95, p.warmP95, s.requests, p.requests, s.kb, p.kb)
	}
}

func row(b *strings.Builder, what, ours, peer string, ratio float64, budget string, met bool) {
	r := ""
	if ratio > 0 {
		r = fmt.Sprintf("%.2f", ratio)
	}
	mark := ""
	if budget != "" {
		mark = "no"
		if met {
			mark = "yes"
		}
	}
	fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", what, ours, peer, r, budget, mark)
}

func secs(m float64, all []float64) string { return fmt.Sprintf("%.2f s (%s)", m, spread(all)) }

// splice puts the section into the document, in place of the last one.
func splice(doc, sec string) error {
	b, err := os.ReadFile(doc)
	if err != nil {
		return err
	}
	text := string(b)
	if i, j := strings.Index(text, begin), strings.Index(text, end); i >= 0 && j > i {
		text = text[:i] + sec + text[j+len(end)+1:]
	} else {
		text = strings.TrimRight(text, "\n") + "\n\n" + sec
	}
	return os.WriteFile(doc, []byte(text), 0o644)
}
