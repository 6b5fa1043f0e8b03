// Command report turns the output of bench/search and bench/rebuild, as
// bench/run collects it, into a Markdown section of docs/benchmarks.md:
// for each corpus size, Skillbook's figures beside the peers', the ratios
// and the budgets of the benchmark issue.
//
//	report -log FILE -doc docs/benchmarks.md
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// run holds the figures of one corpus size.
type run struct {
	size     string
	builds   map[string][]float64 // seconds, by tool
	rss      map[string][]float64 // MiB, by tool
	output   string
	index    string
	search   map[string][]float64 // cold KB, cold ms, warm KB, warm ms, recall, by engine
	substr   map[string]float64
	rebuild  map[string][2]float64 // median, p95 ms
	serveRSS map[string]string
	files    [2][2]float64                      // skillbook site, search export: files, bytes
	classes  map[string]map[string]classFigures // by engine, then query class
}

// classFigures are one engine's figures on one class of queries.
type classFigures struct {
	recall, warmMS, warmP95, requests, kb float64
}

var (
	sizeLine    = regexp.MustCompile(`^== (\d+) skill points`)
	buildLine   = regexp.MustCompile(`^round \d+ (skillbook build|hugo|pagefind): ([\d.]+) s wall, (\d+) KB peak RSS`)
	searchLine  = regexp.MustCompile(`^(skillbook|pagefind) +cold: median ([\d.]+) KB \(p95 [\d.]+\), median ([\d.]+) ms \(p95 [\d.]+\); warm: median ([\d.]+) KB \(p95 [\d.]+\), median ([\d.]+) ms \(p95 [\d.]+\); recall@10 ([\d.]+)`)
	substrLine  = regexp.MustCompile(`^(skillbook|pagefind) +substring recall ([\d.]+)`)
	rebuildLine = regexp.MustCompile(`^(skillbook serve|hugo server): save → served median ([\d.]+) ms, p95 ([\d.]+) ms`)
	serveRSS    = regexp.MustCompile(`^(skillbook serve|hugo server): peak RSS (.+)$`)
	skillsPart  = regexp.MustCompile(`; \d+ skill points`)
	filesLine   = regexp.MustCompile(`^files: skillbook (\d+) files, (\d+) bytes, search export (\d+) files, (\d+) bytes`)
	// classLine is bench/searchvs's line for a class of queries
	// (internal/corpus.QueryClasses): recall@10, warm latency, and the
	// requests and bytes (as served, gzip) of a warm query, medians.
	classLine = regexp.MustCompile(`^(skillbook|pagefind) +class (\w+): recall@10 ([\d.]+), warm median ([\d.]+) ms \(p95 ([\d.]+)\), ([\d.]+) requests, ([\d.]+) KB`)
)

func main() {
	logFile := flag.String("log", "", "what bench/run collected")
	doc := flag.String("doc", "docs/benchmarks.md", "the Markdown file to write the section into")
	flag.Parse()
	runs, machine, err := parse(*logFile)
	if err == nil {
		err = splice(*doc, section(runs, machine))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func parse(name string) ([]*run, string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	var runs []*run
	var r *run
	machine := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := sizeLine.FindStringSubmatch(line); m != nil {
			r = &run{size: m[1], builds: map[string][]float64{}, rss: map[string][]float64{}, search: map[string][]float64{},
				substr: map[string]float64{}, rebuild: map[string][2]float64{}, serveRSS: map[string]string{},
				classes: map[string]map[string]classFigures{}}
			runs = append(runs, r)
			continue
		}
		if r == nil {
			continue
		}
		if strings.HasPrefix(line, "machine: ") && machine == "" {
			machine = skillsPart.ReplaceAllString(strings.TrimPrefix(line, "machine: "), "")
		}
		r.read(line)
	}
	return runs, machine, sc.Err()
}

func (r *run) read(line string) {
	switch {
	case buildLine.MatchString(line):
		m := buildLine.FindStringSubmatch(line)
		r.builds[m[1]] = append(r.builds[m[1]], num(m[2]))
		r.rss[m[1]] = append(r.rss[m[1]], num(m[3])/1024)
	case searchLine.MatchString(line):
		m := searchLine.FindStringSubmatch(line)
		r.search[m[1]] = []float64{num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6])}
	case substrLine.MatchString(line):
		m := substrLine.FindStringSubmatch(line)
		r.substr[m[1]] = num(m[2])
	case rebuildLine.MatchString(line):
		m := rebuildLine.FindStringSubmatch(line)
		r.rebuild[m[1]] = [2]float64{num(m[2]), num(m[3])}
	case serveRSS.MatchString(line):
		m := serveRSS.FindStringSubmatch(line)
		r.serveRSS[m[1]] = m[2]
	case classLine.MatchString(line):
		m := classLine.FindStringSubmatch(line)
		if r.classes[m[1]] == nil {
			r.classes[m[1]] = map[string]classFigures{}
		}
		r.classes[m[1]][m[2]] = classFigures{num(m[3]), num(m[4]), num(m[5]), num(m[6]), num(m[7])}
	case filesLine.MatchString(line):
		m := filesLine.FindStringSubmatch(line)
		r.files = [2][2]float64{{num(m[1]), num(m[2])}, {num(m[3]), num(m[4])}}
	case strings.HasPrefix(line, "output: "):
		r.output = strings.TrimPrefix(line, "output: ")
	case strings.HasPrefix(line, "search index: "):
		r.index = strings.TrimPrefix(line, "search index: ")
	}
}

func num(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

func spread(xs []float64) string {
	if len(xs) == 0 {
		return ""
	}
	return fmt.Sprintf("%.2f–%.2f", slices.Min(xs), slices.Max(xs))
}
