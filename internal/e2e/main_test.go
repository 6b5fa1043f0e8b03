package e2e

import (
	"flag"
	"os"
	"testing"
)

// screensDir, set by -screens DIR, makes TestScreens take its screenshots
// into DIR.
var screensDir = flag.String("screens", "", "take screenshots of every page kind into this folder (TestScreens)")

// TestMain runs the tests, then removes the generated sites they shared.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if builtSites.dir != "" {
		os.RemoveAll(builtSites.dir)
	}
	os.Exit(code)
}
