package e2e

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// fontPackage is the Debian package of the Chinese font scripts/test
// installs when fc-list finds none.
const fontPackage = "fonts-wqy-microhei"

// chineseFont skips the test when no font covers Chinese (fc-list :lang=zh
// lists none), except under CI=true where it fails: the layout checks
// measure Chinese text, and without a font every character is a box of
// another width.
func chineseFont(t *testing.T) {
	t.Helper()
	out, err := exec.Command("fc-list", ":lang=zh", "family").Output()
	if msg, fatal := fontVerdict(string(out), err, os.Getenv("CI") == "true"); fatal {
		t.Fatal(msg)
	} else if msg != "" {
		t.Skip(msg)
	}
}

// fontVerdict says what chineseFont does with fc-list's output: nothing
// (empty message) when it lists a font, else a message that fails the
// test under CI and skips it otherwise.
func fontVerdict(list string, err error, ci bool) (msg string, fatal bool) {
	if err == nil && strings.TrimSpace(list) != "" {
		return "", false
	}
	why := "no Chinese font (fc-list :lang=zh lists none)"
	if err != nil {
		why = "no Chinese font (fc-list :lang=zh: " + err.Error() + ")"
	}
	if ci {
		return why + " (CI=true): install it with `apt-get install " + fontPackage + "` or run scripts/test", true
	}
	return why + ": scripts/test installs " + fontPackage, false
}

// TestChineseFontCheck pins what the layout tests do without a Chinese
// font, and that scripts/test installs the font their message names.
func TestChineseFontCheck(t *testing.T) {
	if msg, fatal := fontVerdict("WenQuanYi Micro Hei\n", nil, true); msg != "" || fatal {
		t.Errorf("with a font: %q, %v; want nothing", msg, fatal)
	}
	msg, fatal := fontVerdict("", nil, true)
	if want := "no Chinese font (fc-list :lang=zh lists none) (CI=true): install it with `apt-get install fonts-wqy-microhei` or run scripts/test"; msg != want || !fatal {
		t.Errorf("under CI without a font: %q, fatal %v; want %q, fatal", msg, fatal, want)
	}
	msg, fatal = fontVerdict("", nil, false)
	if want := "no Chinese font (fc-list :lang=zh lists none): scripts/test installs fonts-wqy-microhei"; msg != want || fatal {
		t.Errorf("outside CI without a font: %q, fatal %v; want %q, a skip", msg, fatal, want)
	}
	if _, fatal = fontVerdict("", exec.ErrNotFound, false); fatal {
		t.Error("without fc-list outside CI: fatal, want a skip")
	}
	script, err := os.ReadFile(repoRoot + "/scripts/test")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"fc-list :lang=zh", "apt-get install -y -qq " + fontPackage} {
		if !strings.Contains(string(script), want) {
			t.Errorf("scripts/test does not hold %q: it must install the Chinese font when none is found", want)
		}
	}
}
