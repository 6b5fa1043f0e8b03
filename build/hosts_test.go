package build

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"skillbook/internal/output"
	"skillbook/internal/sitetest"
)

// TestOutputCount counts files and bytes, the search export apart.
func TestOutputCount(t *testing.T) {
	r := &Result{Files: []output.File{
		{Path: "index.html", Data: make([]byte, 1500)},
		{Path: "search/index.html", Data: make([]byte, 100)},
		{Path: "search/p/ab.js", Data: make([]byte, 2_500_000)},
	}}
	got := countOutput(r)
	if want := (Output{Files: 3, Bytes: 2_501_600, SearchFiles: 1, SearchBytes: 2_500_000}); got != want {
		t.Errorf("countOutput = %+v, want %+v", got, want)
	}
	if s, want := got.String(), "3 files, 2.5 MB (search export: 1 files, 2.5 MB)\n"; s != want {
		t.Errorf("String() = %q, want %q", s, want)
	}
}

// TestHostWarnings: a site over 20,000 files or 1 GB names the hosts that
// refuse it, one past 90 % of either says it is near; one under both gets
// no warning.
func TestHostWarnings(t *testing.T) {
	if w := (Output{Files: 18000, Bytes: 9e8}).Warnings(); len(w) != 0 {
		t.Errorf("at 90 %% of the limits: %q, want none", w)
	}
	near := Output{Files: 19603, Bytes: 950_000_000}.Warnings()
	wantNear := []string{
		"warning: 19603 files, near the 20,000 that Cloudflare Pages takes on its free plan: a few more courses and it refuses the site (see docs/deploy.md)",
		"warning: 950.0 MB, near the 1 GB that GitHub Pages and GitLab Pages publish at most (see docs/deploy.md)",
	}
	if !slices.Equal(near, wantNear) {
		t.Errorf("near the limits: Warnings() = %q, want %q", near, wantNear)
	}
	got := Output{Files: 139792, Bytes: 1_200_000_000}.Warnings()
	want := []string{
		"warning: 139792 files: Cloudflare Pages takes at most 20,000 files on its free plan (100,000 on paid plans); GitLab Pages takes 200,000, Netlify any number (see docs/deploy.md)",
		"warning: 1.20 GB: GitHub Pages publishes at most 1 GB, GitLab Pages at most 1 GB by default (see docs/deploy.md)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Warnings() = %q, want %q", got, want)
	}
}

// TestOutputCountOfAWrittenBuild: a build that writes its files as it
// makes them still counts their bytes, as they are on disk.
func TestOutputCountOfAWrittenBuild(t *testing.T) {
	dir := sitetest.Extract(t, "testdata/sites/basic.txtar")
	out := filepath.Join(t.TempDir(), "public")
	res := Build(Options{SiteDir: dir, OutDir: out})
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags)
	}
	var files int
	var bytes int64
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == output.MarkerName {
			return err
		}
		info, err := d.Info()
		files++
		bytes += info.Size()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Stats.Output; got.Files != files || got.Bytes != bytes {
		t.Errorf("counted %d files, %d bytes; the output folder holds %d files, %d bytes", got.Files, got.Bytes, files, bytes)
	}
}
