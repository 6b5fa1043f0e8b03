// Command gencorpus writes a generated Chinese training site for
// benchmarks: gencorpus DIR N makes N skill points in DIR.
package main

import (
	"fmt"
	"os"
	"strconv"

	"skillbook/internal/corpus"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus DIR SKILL_POINTS")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[2])
	if err == nil {
		err = corpus.Write(os.Args[1], corpus.DefaultShape(n))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
