package main

import (
	"bufio"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// bench is everything one bench/run collected.
type bench struct {
	date, started, took, loadStart, loadEnd, machine string
	runs                                             []*run
	eval                                             map[string]map[string]map[string]evalFigures // set, engine, class
	evalSets                                         []string
}

// run holds the figures of one corpus size.
type run struct {
	size      string
	buildOnly bool                  // the large build, without Pagefind or search
	builds    map[string][]float64  // seconds, by tool
	rss       map[string][]float64  // MiB, by tool
	files     map[string][2]float64 // files and bytes: skillbook, export, hugo+pagefind, pagefind
	served    map[string]float64    // bytes as served, gzip: skillbook search export, pagefind
	weight    map[string][2]float64 // a page kind's first load, the base site's
	all       map[string]allFigures // by engine
	classes   map[string]map[string]classFigures
	substr    map[string]float64
	saves     map[string]map[string][2]float64 // server, edit kind: median, p95 ms
	edits     []string
	serveRSS  [2]float64 // skillbook serve, hugo server: MiB
}

// allFigures are an engine's figures over all queries.
type allFigures struct {
	warmMS, warmP95, recall, pageAndCold float64
	maxShort, maxAny                     float64
	haveRequests                         bool
}

// classFigures are one engine's figures on one class of queries.
type classFigures struct {
	recall, warmMS, warmP95, coldKB, coldRequestsMax float64
}

// evalFigures are an engine's figures on a class of an evaluation set.
type evalFigures struct {
	success3, mrr, zero float64
	n                   int
}

var (
	startLine  = regexp.MustCompile(`^bench/run: started (\S+) (\S+ UTC); load average (.+)$`)
	endLine    = regexp.MustCompile(`^bench/run: finished after (.+); load average (.+)$`)
	sizeLine   = regexp.MustCompile(`^== (\d+) skill points( \(build only\))?`)
	buildLine  = regexp.MustCompile(`^round \d+ (skillbook build|hugo|pagefind): ([\d.]+) s wall, (\d+) KB peak RSS`)
	filesLine  = regexp.MustCompile(`^files: skillbook (\d+) files, (\d+) bytes, search export (\d+) files, (\d+) bytes; hugo \+ pagefind (\d+) files, (\d+) bytes, pagefind (\d+) files, (\d+) bytes`)
	gzipLine   = regexp.MustCompile(`^gzip: (skillbook search export|pagefind) \d+ files, \d+ bytes, (\d+) bytes as served`)
	weightLine = regexp.MustCompile(`^page weight (\S+): (\d+) bytes, base (\d+) bytes`)
	allLine    = regexp.MustCompile(`^(skillbook|pagefind) +cold: .*; warm: median [\d.]+ KB \(p95 [\d.]+\), median ([\d.]+) ms \(p95 ([\d.]+)\); recall@10 ([\d.]+) .*; page \+ first query median ([\d.]+) KB`)
	reqLine    = regexp.MustCompile(`^(skillbook|pagefind) +requests of a cold query: max (\d+) for up to 8 characters, max (\d+) for any`)
	classLine  = regexp.MustCompile(`^(skillbook|pagefind) +class (\w+): recall@10 ([\d.]+), warm median ([\d.]+) ms \(p95 ([\d.]+)\), .*; cold: median ([\d.]+) KB \(p95 [\d.]+\), requests median \d+ \(max (\d+)\)`)
	substrLine = regexp.MustCompile(`^(skillbook|pagefind) +substring recall ([\d.]+)`)
	saveLine   = regexp.MustCompile(`^(skillbook serve|hugo server), (\w+) edit: save → served median ([\d.]+) ms, p95 ([\d.]+) ms`)
	serveRSS   = regexp.MustCompile(`^skillbook serve: peak RSS (\d+) MiB; hugo server: peak RSS (\d+) MiB`)
	evalSet    = regexp.MustCompile(`^eval set: (\w+)`)
	evalLine   = regexp.MustCompile(`^(skillbook|pagefind) +eval (\w+): success@3 ([\d.]+); MRR ([\d.]+); zero results ([\d.]+) \((\d+) queries\)`)
	skillsPart = regexp.MustCompile(`; \d+ skill points`)
)

// parse reads what bench/run collected.
func parse(r io.Reader) (*bench, error) {
	b := &bench{eval: map[string]map[string]map[string]evalFigures{}}
	var cur *run
	set := ""
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		switch m := match(line, startLine, endLine, sizeLine, evalSet, evalLine); {
		case m[0] != nil:
			b.date, b.started, b.loadStart = m[0][1], m[0][2], m[0][3]
		case m[1] != nil:
			b.took, b.loadEnd = m[1][1], m[1][2]
		case m[2] != nil:
			cur = newRun(m[2][1], m[2][2] != "")
			b.runs = append(b.runs, cur)
		case m[3] != nil:
			set = m[3][1]
			b.evalSets = append(b.evalSets, set)
		case m[4] != nil && set != "":
			b.addEval(set, m[4])
		case strings.HasPrefix(line, "machine: ") && b.machine == "":
			b.machine = skillsPart.ReplaceAllString(strings.TrimPrefix(line, "machine: "), "")
		case cur != nil:
			cur.read(line)
		}
	}
	return b, sc.Err()
}

// match returns each pattern's submatches in line (nil where it does not
// match).
func match(line string, patterns ...*regexp.Regexp) [][]string {
	out := make([][]string, len(patterns))
	for i, p := range patterns {
		out[i] = p.FindStringSubmatch(line)
	}
	return out
}

func (b *bench) addEval(set string, m []string) {
	if b.eval[set] == nil {
		b.eval[set] = map[string]map[string]evalFigures{}
	}
	if b.eval[set][m[1]] == nil {
		b.eval[set][m[1]] = map[string]evalFigures{}
	}
	n, _ := strconv.Atoi(m[6])
	b.eval[set][m[1]][m[2]] = evalFigures{num(m[3]), num(m[4]), num(m[5]), n}
}

func newRun(size string, buildOnly bool) *run {
	return &run{size: size, buildOnly: buildOnly, builds: map[string][]float64{}, rss: map[string][]float64{},
		files: map[string][2]float64{}, served: map[string]float64{}, weight: map[string][2]float64{},
		all: map[string]allFigures{}, classes: map[string]map[string]classFigures{}, substr: map[string]float64{},
		saves: map[string]map[string][2]float64{}}
}
