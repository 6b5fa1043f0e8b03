package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version and commit are stamped at release time (scripts/release):
// -ldflags "-X main.version=… -X main.commit=…". Builds without them take
// the commit from the Go toolchain's record of the checkout.
var (
	version = "dev"
	commit  = ""
)

func runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && isHelp(args[0]) {
		fmt.Fprintln(stdout, "Usage: skillbook version   (or: skillbook --version)")
		return 0
	}
	if len(args) > 0 {
		fmt.Fprintf(stderr, "skillbook version: unexpected argument %q: the command takes none\n", args[0])
		return 2
	}
	fmt.Fprintln(stdout, versionLine(version, commit, buildInfo()))
	return 0
}

// buildInfo returns the build's module and version-control settings.
func buildInfo() *debug.BuildInfo {
	info, _ := debug.ReadBuildInfo()
	return info
}

// versionLine says which skillbook this is: its version and commit, from the
// release stamp or else from the build information (a module version when
// installed with go install, the checkout's commit when built in one).
func versionLine(version, commit string, info *debug.BuildInfo) string {
	modified := false
	if info != nil && commit == "" {
		if version == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	line := "skillbook " + version
	if commit != "" {
		if len(commit) > 12 {
			commit = commit[:12]
		}
		if modified {
			commit += ", with uncommitted changes"
		}
		line += " (commit " + commit + ")"
	}
	return line + " " + runtime.GOOS + "/" + runtime.GOARCH
}
