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

// TestSynonymDiagnostics pins what a trainer sees for bad `search.synonyms:`:
// each problem with its place, the line, a caret and the hint. A set typed
// with full-width commas is one word to YAML: the message says so.
func TestSynonymDiagnostics(t *testing.T) {
	for yaml, want := range map[string]string{
		"id: s\nsearch:\n  synonyms:\n    - [客服, 客户服务]\n    - [售后]\n": "skillbook.yaml:5:7: error: a synonym set needs two words or more, this one has 1\n" +
			"    5 |     - [售后]\n      |       ^\n  hint: " + synonymHint + "\n",
		"id: s\nsearch:\n  synonyms:\n    - [客服, 客户 服务]\n": "skillbook.yaml:4:12: error: synonym \"客户 服务\" is not one word: use letters, digits and Chinese characters only\n" +
			"    4 |     - [客服, 客户 服务]\n      |              ^\n  hint: " + synonymHint + "\n",
		"id: s\nsearch:\n  synonyms:\n    - [客服，客户服务]\n    - [职工, 员工，雇员]\n": "skillbook.yaml:4:8: error: synonym \"客服，客户服务\" holds a full-width comma: the words of a set are separated by ASCII commas\n" +
			"    4 |     - [客服，客户服务]\n      |        ^\n  hint: write `- [客服, 客户服务]`\n" +
			"skillbook.yaml:5:12: error: synonym \"员工，雇员\" holds a full-width comma: the words of a set are separated by ASCII commas\n" +
			"    5 |     - [职工, 员工，雇员]\n      |              ^\n  hint: write `- [职工, 员工, 雇员]`\n",
		"id: s\nsearch:\n  synonyms: 客服\n": "skillbook.yaml:3:13: error: invalid skillbook.yaml: expected a list for \"synonyms\", found text\n" +
			"    3 |   synonyms: 客服\n      |             ^\n  hint: check the YAML syntax: `key: value`, lists as `- item` or `[a, b]`\n",
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, FileName), []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		_, diags := Load(dir)
		if got := diags.String(); got != want {
			t.Errorf("%q:\n got %q\nwant %q", yaml, got, want)
		}
	}
	dir := t.TempDir()
	_ = os.WriteFile(filepath.Join(dir, FileName), []byte("id: s\nsearch:\n  synonyms:\n    - [客服, 客户服务]\n"), 0o644)
	cfg, diags := Load(dir)
	if len(diags) > 0 || len(cfg.Search.Synonyms) != 1 || cfg.Search.Synonyms[0][1] != "客户服务" {
		t.Errorf("a good set: %v, %v", cfg.Search.Synonyms, diags)
	}
}
