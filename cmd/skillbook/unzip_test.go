package main

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"

	"github.com/rogpeppe/go-internal/testscript"
)

// unzipCmd is the scripts' `unzip ZIP DIR`: it writes the files of ZIP
// under DIR, so that a script can look at what a package holds.
func unzipCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: unzip ZIP DIR")
	}
	r, err := zip.OpenReader(ts.MkAbs(args[0]))
	ts.Check(err)
	defer r.Close()
	for _, f := range r.File {
		ts.Check(unzipFile(f, filepath.Join(ts.MkAbs(args[1]), filepath.FromSlash(f.Name))))
	}
}

func unzipFile(f *zip.File, to string) error {
	in, err := f.Open()
	if err != nil {
		return err
	}
	defer in.Close()
	data, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}
