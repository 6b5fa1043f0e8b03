package config

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMissingIDWarns: a site without an id gets a warning naming the title
// progress is kept under, with the line to add; a site with one gets none.
func TestMissingIDWarns(t *testing.T) {
	for yaml, want := range map[string]string{
		"title: 客服站\n":          `skillbook.yaml:1:1: warning: no id: trainees' progress is kept under the title "客服站", so renaming the site would reset it`,
		"title: 客服站\nid: 客服站\n": "",
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, FileName), []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg, diags := Load(dir)
		got := ""
		if len(diags) > 0 {
			d := diags[0]
			got = d.File + ":1:1: " + string(d.Severity) + ": " + d.Message
			if d.Hint != "add `id: 客服站` (the id the site has now) to skillbook.yaml, and keep it when the title changes" {
				t.Errorf("hint %q", d.Hint)
			}
		}
		if got != want || len(diags) > 1 {
			t.Errorf("%q: diagnostics %v, want %q", yaml, diags, want)
		}
		if cfg.ID != "客服站" {
			t.Errorf("%q: id %q, want the title", yaml, cfg.ID)
		}
	}
}
