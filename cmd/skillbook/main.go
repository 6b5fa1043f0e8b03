// Command skillbook turns a folder of Markdown training material into a
// searchable static training site.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// command is one subcommand: its name, one line of help and what it runs.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"serve", "serve the site, rebuilding and reloading on every save", runServe},
		{"build", "build the site into public/", runBuild},
		{"check", "validate the site without writing anything", runCheck},
		{"search", "search the site from the command line", runSearch},
		{"new", "create a new site with a sample course", runNew},
		{"import", "turn a manual (text, Word or HTML) into a course, or a Moodle GIFT file into a quiz", runImport},
		{"export", "write the quizzes as Moodle GIFT files, or a course as a SCORM package", runExport},
		{"version", "print the version", runVersion},
	}
}

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// memoryLimit keeps a 10,000-page site's build under 1 GiB (peak RSS 918
// MiB): the Go runtime collects garbage harder as the heap nears it, and
// gives memory back to the system at once. 800 MiB took 6–8 % more CPU,
// most of it that giving back and taking again. GOMEMLIMIT overrides it.
const memoryLimit = 900 << 20

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 2 && args[0] == "help" { // skillbook help build: the command's own help
		args = []string{args[1], "--help"}
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		return 0
	}
	if args[0] == "--version" || args[0] == "-version" {
		return runVersion(nil, stdout, stderr)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "skillbook: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Skillbook turns Markdown training material into a static training site.")
	fmt.Fprintln(w, "\nUsage:\n  skillbook <command> [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun `skillbook <command> --help` for a command's flags and examples.")
}
