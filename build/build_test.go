package build

import (
	"bytes"
	"encoding/binary"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rogpeppe/go-internal/txtar"

	"skillbook/internal/search"
	"skillbook/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGolden builds each site of testdata/sites/*.txtar and compares every
// output file, theme assets aside, with testdata/golden/<site>.txtar.
func TestGolden(t *testing.T) {
	sites, _ := filepath.Glob("testdata/sites/*.txtar")
	if len(sites) == 0 {
		t.Fatal("no sites in testdata/sites")
	}
	for _, archive := range sites {
		name := strings.TrimSuffix(filepath.Base(archive), ".txtar")
		t.Run(name, func(t *testing.T) {
			dir := sitetest.Extract(t, archive)
			out := filepath.Join(t.TempDir(), "public")
			res := Build(Options{SiteDir: dir, OutDir: out})
			if len(res.Diags) > 0 {
				t.Fatalf("diagnostics:\n%s", res.Diags)
			}
			got := readTree(t, out)
			golden := filepath.Join("testdata/golden", name+".txtar")
			if *update {
				if err := os.WriteFile(golden, txtar.Format(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := txtar.ParseFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./build -update to create it)", err)
			}
			compareArchives(t, want, got)
		})
	}
}

// readTree reads every output file except the theme's copied assets and
// the search export's pinyin table.
func readTree(t *testing.T, root string) *txtar.Archive {
	t.Helper()
	a := &txtar.Archive{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(rel, "assets/") || strings.HasPrefix(rel, "search/n/py") {
			return nil // the theme's files, and the pinyin table, the same for every site (internal/search tests it)
		}
		data, err := os.ReadFile(p)
		a.Files = append(a.Files, txtar.File{Name: rel, Data: data})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	unpackExport(t, a)
	for i := range a.Files {
		a.Files[i].Data = readable(a.Files[i].Data)
	}
	return a
}

// unpackExport replaces each packed search export file with the file it
// holds after "(packed) ", so that a golden file's diff reads as the export
// does; the packs of search/d/ with the dictionary meta.js gives.
func unpackExport(t *testing.T, a *txtar.Archive) {
	t.Helper()
	var dict []byte
	for pass := range 2 { // meta.js first: the packs need its dictionary
		for i, f := range a.Files {
			if !search.IsPacked(f.Data) || (pass == 0) != (f.Name == "search/meta.js") {
				continue
			}
			var d []byte
			if strings.HasPrefix(f.Name, "search/d/") {
				d = dict
			}
			data, err := search.Unpack(f.Data, d)
			if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
			if f.Name == "search/meta.js" {
				if dict, err = search.MetaDict(data); err != nil {
					t.Fatal(err)
				}
			}
			a.Files[i].Data = append([]byte("(packed) "), readable(data)...)
		}
	}
}

// readable is a file's content as the golden files hold it: a file in
// UTF-16 (the search export's packs, once unpacked) as UTF-8 after
// "(UTF-16) ".
func readable(data []byte) []byte {
	if len(data) < 2 || data[0] != 0xFF || data[1] != 0xFE || len(data)%2 != 0 {
		return data
	}
	units := make([]uint16, len(data)/2-1)
	for i := range units {
		units[i] = binary.LittleEndian.Uint16(data[2+2*i:])
	}
	return append([]byte("(UTF-16) "), string(utf16.Decode(units))...)
}

func compareArchives(t *testing.T, want, got *txtar.Archive) {
	t.Helper()
	wantFiles := map[string][]byte{}
	for _, f := range want.Files {
		wantFiles[f.Name] = f.Data
	}
	for _, f := range got.Files {
		w, ok := wantFiles[f.Name]
		switch {
		case !ok:
			t.Errorf("unexpected output file %s", f.Name)
		case !bytes.Equal(w, f.Data):
			t.Errorf("%s differs from the golden file (go test ./build -update rewrites it):\n%s", f.Name, sitetest.FirstDiff(string(w), string(f.Data)))
		}
		delete(wantFiles, f.Name)
	}
	for name := range wantFiles {
		t.Errorf("missing output file %s", name)
	}
}
