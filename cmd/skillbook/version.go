package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// version is set at release time with -ldflags "-X main.version=…".
var version = "dev"

func runVersion(_ []string, stdout, _ io.Writer) int {
	v := version
	if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	fmt.Fprintf(stdout, "skillbook %s\n", v)
	return 0
}
