package portable

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNameKeepsWhatCanBeStored(t *testing.T) {
	for _, name := range []string{"客户服务", "如何进行客户服务培训前的工作", "ISO9000", "photo.png", "a b", ".hidden", "con-text", "COM10", "LPT0", "über"} {
		if got := Name(name); got != name {
			t.Errorf("Name(%q) = %q, want it unchanged", name, got)
		}
	}
}

func TestNameReplacesWhatCannotBeStored(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{`<img src=x onerror=alert(1)>`, "-img src=x onerror=alert(1)--" + hash(`<img src=x onerror=alert(1)>`)},
		{`a\b`, "a-b-" + hash(`a\b`)},
		{"a/b", "a-b-" + hash("a/b")},
		{"C:", "C--" + hash("C:")},
		{"tab\there", "tab-here-" + hash("tab\there")},
		{"end.", "end--" + hash("end.")},
		{"end ", "end--" + hash("end ")},
		{"..", "---" + hash("..")},
		{"CON", "CON_-" + hash("CON")},
		{"nul.txt", "nul_-" + hash("nul.txt") + ".txt"},
		{"Com1.tar.gz", "Com1_.tar-" + hash("Com1.tar.gz") + ".gz"},
		{"aux .md", "aux _-" + hash("aux .md") + ".md"},
		{"LPT9", "LPT9_-" + hash("LPT9")},
		{"COM¹", "COM¹_-" + hash("COM¹")},
		{"50%", "50--" + hash("50%")},
		{"a#b", "a-b-" + hash("a#b")},
		{"问题?", "问题--" + hash("问题?")},
		{"图片|1.png", "图片-1-" + hash("图片|1.png") + ".png"},
		{"", "-" + hash("")},
		{"bad\xffutf8", "bad-utf8-" + hash("bad\xffutf8")},
	} {
		if got := Name(c.name); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.name, got, c.want)
		}
		if err := Check(Name(c.name)); err != nil {
			t.Errorf("Check(Name(%q)): %v", c.name, err)
		}
	}
}

func TestNameShortensLongNames(t *testing.T) {
	for _, name := range []string{strings.Repeat("培", 300), strings.Repeat("a", 300) + ".png", strings.Repeat("😀", 100)} {
		got := Name(name)
		if n := utf8.RuneCountInString(got); n > MaxName || len(got) > maxNameBytes {
			t.Errorf("Name(%.20q…) has %d characters and %d bytes", name, n, len(got))
		}
		if !strings.HasSuffix(got, hash(name)+splitExtOf(name)) {
			t.Errorf("Name(%.20q…) = %q: no hash of the original before the extension", name, got)
		}
		if Name(name+"x") == got {
			t.Errorf("two long names that differ at the end get the same name %q", got)
		}
	}
}

func splitExtOf(s string) string { _, ext := splitExt(s); return ext }

func TestFoldedNameSeparatesCase(t *testing.T) {
	names := []string{"go", "Go", "GO", "gO", "σ", "ς", "é", "e\u0301", "Kelvin", "\u212Aelvin"}
	seen := map[string]string{}
	for _, n := range names {
		got := Fold(FoldedName(n))
		if other, ok := seen[got]; ok {
			t.Errorf("FoldedName(%q) and FoldedName(%q) are the same file on Windows or macOS: %q", n, other, got)
		}
		seen[got] = n
	}
	if FoldedName("go") != "go" || FoldedName("客户") != "客户" {
		t.Errorf("a name in folded form changed: %q, %q", FoldedName("go"), FoldedName("客户"))
	}
}

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		path string
		ok   bool
	}{
		{"cs/ch/skill/index.html", true},
		{"客户服务/第一章/index.html", true},
		{"tags/a:b/index.html", false},
		{`tags/a\b/index.html`, false},
		{"tags/./index.html", false},
		{"tags//index.html", false},
		{"aux/index.html", false},
		{"a/CON.txt", false},
		{"a/b /index.html", false},
		{strings.Repeat("a/", 121) + "x", false},
		{strings.Repeat("x", 256), false},
	} {
		if err := Check(c.path); (err == nil) != c.ok {
			t.Errorf("Check(%.40q) = %v, want ok=%v", c.path, err, c.ok)
		}
	}
}
