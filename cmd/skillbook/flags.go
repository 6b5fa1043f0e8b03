package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"skillbook/internal/diag"
)

// newFlags returns a flag set whose --help prints usage and examples.
func newFlags(name, synopsis, examples string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: skillbook %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nExamples:\n%s\n", strings.TrimRight(examples, "\n"))
	}
	return fs
}

// parseFlags parses args; it returns the exit code to stop with, or -1 to go on.
func parseFlags(fs *flag.FlagSet, args []string) int {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case err != nil:
		return 2
	}
	return -1
}

// printDiags writes the diagnostics and a count of errors and warnings.
func printDiags(w io.Writer, diags diag.List) {
	if len(diags) == 0 {
		return
	}
	fmt.Fprint(w, diags.String())
	fmt.Fprintf(w, "%d error(s), %d warning(s)\n", diags.Count(diag.Error), diags.Count(diag.Warning))
}

// isTerminal reports whether w is a terminal, where progress can be shown.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
