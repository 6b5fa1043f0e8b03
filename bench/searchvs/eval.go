package main

import (
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
)

// judged is a query of an evaluation set and the pages that answer it.
type judged struct {
	class, text string
	answers     []string
}

// readEval reads an evaluation set: lines of class, query and the URL
// paths of the pages that answer it (space-separated), tab-separated; "#"
// starts a comment. With sample > 0 it keeps the first sample queries of
// each class.
func readEval(name string, sample int) ([]judged, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []judged
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[1] == "" || f[2] == "" {
			return nil, fmt.Errorf("%s:%d: want class, query and pages, tab-separated", name, n+1)
		}
		var pages []string
		for _, p := range strings.Fields(f[2]) {
			pages = append(pages, "/"+strings.TrimSuffix(p, "/")+"/")
		}
		out = append(out, judged{f[0], f[1], pages})
	}
	if sample > 0 {
		out = firstOfEachClass(out, sample)
	}
	return out, nil
}

// scores are an engine's figures on a set of judged queries.
type scores struct {
	n, top3, zero int
	rr            float64
}

func (s *scores) add(q judged, paths []string) {
	s.n++
	if len(paths) == 0 {
		s.zero++
	}
	for i, p := range paths {
		if slices.Contains(q.answers, p) {
			s.rr += 1 / float64(i+1)
			if i < 3 {
				s.top3++
			}
			break
		}
	}
}

func (s *scores) String() string {
	return fmt.Sprintf("success@3 %.3f; MRR %.3f; zero results %.3f (%d queries)",
		float64(s.top3)/float64(s.n), s.rr/float64(s.n), float64(s.zero)/float64(s.n), s.n)
}

// numberPrefix is the "01-" that orders a file of the bundled course:
// Skillbook drops it from URLs, Hugo keeps it.
var numberPrefix = regexp.MustCompile(`/\d+-`)

// evalBatch is how many queries one browser asks before the next starts.
const evalBatch = 25

// evaluate asks every query of the set of the engine (top 10) and prints,
// for all queries and then each class:
//
//	NAME eval all: success@3 …; MRR …; zero results … (N queries)
//	NAME eval CLASS: success@3 …; MRR …; zero results … (N queries)
//
// With sample > 0 it asks only the first sample queries of each class.
func evaluate(e engine, file string, sample int) error {
	qs, err := readEval(file, sample)
	if err != nil {
		return err
	}
	url, stop, err := serveGzip(e.dir)
	if err != nil {
		return err
	}
	defer stop()
	all, classes := &scores{}, map[string]*scores{}
	for start := 0; start < len(qs); start += evalBatch {
		batch := qs[start:min(len(qs), start+evalBatch)]
		texts := make([]string, len(batch))
		for i, q := range batch {
			texts[i] = q.text
		}
		res, err := run(url+e.page, e.search, 10, texts)
		if err != nil {
			return err
		}
		for i, q := range batch {
			paths := res[i].paths
			for j, p := range paths {
				paths[j] = numberPrefix.ReplaceAllString(p, "/")
			}
			if classes[q.class] == nil {
				classes[q.class] = &scores{}
			}
			all.add(q, paths)
			classes[q.class].add(q, paths)
		}
	}
	fmt.Printf("%-9s eval all: %s\n", e.name, all)
	for _, c := range slices.Sorted(maps.Keys(classes)) {
		fmt.Printf("%-9s eval %s: %s\n", e.name, c, classes[c])
	}
	return nil
}

// firstOfEachClass is the first n queries of each class of qs, in order.
func firstOfEachClass(qs []judged, n int) []judged {
	count := map[string]int{}
	var out []judged
	for _, q := range qs {
		if count[q.class]++; count[q.class] <= n {
			out = append(out, q)
		}
	}
	return out
}
