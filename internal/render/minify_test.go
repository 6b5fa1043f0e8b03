package render

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"skillbook/themes"
)

// siteTheme is the default theme with the given files of a site's own
// themes/default/ over it.
func siteTheme(t *testing.T, files map[string]string) *themes.Theme {
	t.Helper()
	site := t.TempDir()
	for name, text := range files {
		p := filepath.Join(site, "themes", "default", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	theme, err := themes.Open(site, themes.DefaultName)
	if err != nil {
		t.Fatal(err)
	}
	return theme
}

func TestThemeScriptsAndStylesAreMinified(t *testing.T) {
	theme := siteTheme(t, nil)
	files, diags, err := staticFiles(theme)
	if err != nil || len(diags) > 0 {
		t.Fatalf("staticFiles: %v %v", err, diags)
	}
	for _, f := range files {
		src, err := theme.ReadFile("static/" + strings.TrimPrefix(f.Path, AssetsDir))
		switch {
		case f.Path == AssetsDir+"search-inflate.js":
			if !bytes.Equal(f.Data, src) {
				t.Errorf("%s (minified by its authors) changed: %d bytes from %d", f.Path, len(f.Data), len(src))
			}
			if !bytes.Contains(f.Data, []byte("Permission is hereby granted")) {
				t.Errorf("%s lost pako's licence", f.Path)
			}
		case strings.HasSuffix(f.Path, ".js") || f.Path == AssetsDir+"style.css":
			if err != nil || len(f.Data) > len(src)*9/10 || bytes.Contains(f.Data, []byte("\n  ")) || bytes.Contains(f.Data, []byte("/* ")) {
				t.Errorf("%s: %d bytes from %d: not minified", f.Path, len(f.Data), len(src))
			}
		}
	}
}

func TestMinifiedScriptsStayES5(t *testing.T) {
	theme := siteTheme(t, map[string]string{"static/extra.js": "var f = function (s) { try { return \"a\" + s + 'b'; } catch (e) { return undefined; } };\n"})
	got, diags := minified(theme, "static/extra.js", mustRead(t, theme, "static/extra.js"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	for _, es2015 := range []string{"`", "=>", "catch{", "let ", "const "} {
		if strings.Contains(string(got), es2015) {
			t.Errorf("minified to %q, which has %q: old browsers cannot run it", got, es2015)
		}
	}
}

func TestUnreadableThemeScriptIsCopiedWithAWarning(t *testing.T) {
	broken := "var a = 1;\nvar b = a +* 2;\n"
	theme := siteTheme(t, map[string]string{"static/broken.js": broken})
	files, diags, err := staticFiles(theme)
	if err != nil {
		t.Fatal(err)
	}
	want := "themes/default/static/broken.js:2:12: warning: cannot read this file to make it smaller: unexpected * in expression\n" +
		"    2 | var b = a +* 2;\n" +
		"      |            ^\n" +
		"  hint: it is copied as it is; a browser will likely stop at the same place\n"
	if got := diags.String(); got != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
	}
	for _, f := range files {
		if f.Path == AssetsDir+"broken.js" && string(f.Data) != broken {
			t.Errorf("broken.js written as %q, want it as it is", f.Data)
		}
	}
}

func mustRead(t *testing.T, theme *themes.Theme, name string) []byte {
	t.Helper()
	b, err := theme.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
