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

// flags is a command's flag set; --help prints its usage to stdout, a
// mistake prints it to stderr.
type flags struct {
	*flag.FlagSet
	stdout io.Writer
}

// newFlags returns a flag set whose usage names the command, its flags
// (when it has any) and examples.
func newFlags(name, synopsis, examples string, stdout, stderr io.Writer) *flags {
	fs := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), stdout: stdout}
	fs.SetOutput(stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: skillbook %s %s\n", name, synopsis)
		if hasFlags(fs.FlagSet) {
			fmt.Fprint(w, "\nFlags:\n")
			fs.PrintDefaults()
		}
		fmt.Fprintf(w, "\nExamples:\n%s\n", strings.TrimRight(examples, "\n"))
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	found := false
	fs.VisitAll(func(*flag.Flag) { found = true })
	return found
}

// parseFlags parses args; it returns the exit code to stop with, or -1 to
// go on. --help prints the usage to stdout and stops with 0.
func parseFlags(fs *flags, args []string) int {
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.help()
		return 0
	case err != nil:
		if hint := fs.meant(err); hint != "" {
			fmt.Fprintln(fs.Output(), hint)
		}
		fs.Usage()
		return 2
	}
	return -1
}

// meant names the flag an unknown one stands for (--prot: --port; --port
// where the command takes --addr HOST:PORT), or "".
func (fs *flags) meant(err error) string {
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !ok {
		return ""
	}
	name = strings.TrimPrefix(name, "-")
	if (name == "port" || name == "p") && fs.Lookup("addr") != nil {
		return "did you mean --addr? it takes the host and the port: --addr 127.0.0.1:8080"
	}
	var known []string
	fs.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
	if best := diag.Closest(name, known); best != "" {
		return "did you mean --" + best + "?"
	}
	return ""
}

// help prints the usage to stdout.
func (fs *flags) help() {
	stderr := fs.Output()
	fs.SetOutput(fs.stdout)
	fs.Usage()
	fs.SetOutput(stderr)
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help"
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

// parseArgs parses args with flags before, between or after the other
// arguments (`skillbook import manual.docx --title 客户服务`: the flag
// package stops at the first argument, and --title was taken for a file
// to import); after `--` everything is an argument. It returns the
// arguments, and the exit code to stop with, or -1 to go on.
func parseArgs(fs *flags, args []string) ([]string, int) {
	var rest []string
	for {
		if code := parseFlags(fs, args); code >= 0 {
			return nil, code
		}
		if used := len(args) - fs.NArg(); used > 0 && args[used-1] == "--" {
			return append(rest, fs.Args()...), -1
		}
		if fs.NArg() == 0 {
			return rest, -1
		}
		rest, args = append(rest, fs.Arg(0)), fs.Args()[1:]
	}
}

// parseSiteFlags parses the flags of a command that reads a site, which
// may be named by its folder instead of --site (`skillbook build mysite`,
// flags before or after it). A second folder, or a folder and --site
// together, is a mistake: the usage goes to stderr and it stops with 2.
func parseSiteFlags(fs *flags, args []string, site *string) int {
	folders, code := parseArgs(fs, args)
	if code >= 0 {
		return code
	}
	switch {
	case len(folders) == 0:
		return -1
	case len(folders) > 1:
		return unexpected(fs, folders[1], "give one site folder")
	case flagSet(fs.FlagSet, "site"):
		return unexpected(fs, folders[0], "the site is already given with --site")
	}
	*site = folders[0]
	return -1
}

// parseOnlyFlags parses the flags of a command that takes no other
// arguments: one left over is a mistake (exit 2, with the usage).
func parseOnlyFlags(fs *flags, args []string) int {
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return unexpected(fs, fs.Arg(0), "this command takes only flags")
	}
	return -1
}

// unexpected reports an argument the command does not take, and why.
func unexpected(fs *flags, arg, why string) int {
	fmt.Fprintf(fs.Output(), "skillbook %s: unexpected argument %q: %s\n\n", fs.Name(), arg, why)
	fs.Usage()
	return 2
}

func flagSet(fs *flag.FlagSet, name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}
