package main

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestVersionLine(t *testing.T) {
	arch := " " + runtime.GOOS + "/" + runtime.GOARCH
	checkout := &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}}}
	installed := &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}
	cases := []struct {
		name, version, commit string
		info                  *debug.BuildInfo
		want                  string
	}{
		{"release", "v1.3.0", "fedcba9876543210", checkout, "skillbook v1.3.0 (commit fedcba987654)"},
		{"checkout", "dev", "", checkout, "skillbook dev (commit 0123456789ab, with uncommitted changes)"},
		{"go install", "dev", "", installed, "skillbook v1.2.0"},
		{"no information", "dev", "", nil, "skillbook dev"},
	}
	for _, c := range cases {
		if got := versionLine(c.version, c.commit, c.info); got != c.want+arch {
			t.Errorf("%s: %q, want %q", c.name, got, c.want+arch)
		}
	}
}
