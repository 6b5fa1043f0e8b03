// Command report turns what bench/run collects (the output of bench/search,
// bench/rebuild and bench/eval) into the Markdown section of
// docs/benchmarks.md between "<!-- bench/run: begin -->" and
// "<!-- bench/run: end -->": for each corpus size, every budget of issues
// 19 and 16 on a row of its own, with Skillbook's figure, the peer's, their
// ratio, the budget and whether it is met.
//
//	report -log FILE -doc docs/benchmarks.md
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	logFile := flag.String("log", "", "what bench/run collected")
	doc := flag.String("doc", "docs/benchmarks.md", "the Markdown file to write the section into")
	flag.Parse()
	if err := report(*logFile, *doc); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func report(logFile, doc string) error {
	f, err := os.Open(logFile)
	if err != nil {
		return err
	}
	defer f.Close()
	b, err := parse(f)
	if err != nil {
		return err
	}
	return splice(doc, section(b))
}
