package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
)

// errNotPackage refuses to replace a file that no SCORM export wrote.
var errNotPackage = errors.New("the file exists and is not a SCORM package written by skillbook: it was left as it is")

// writePackage writes a SCORM zip to path atomically — a temporary file
// beside it, renamed over it — so that an interrupted export never leaves
// half a zip. An existing file is replaced only when it is an earlier
// Skillbook package, or with force.
func writePackage(path string, data []byte, force bool) error {
	if !force {
		if old, err := os.ReadFile(path); err == nil && !isPackage(old) {
			return errNotPackage
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// isPackage reports whether data is a zip whose imsmanifest.xml names a
// Skillbook identifier.
func isPackage(data []byte) bool {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	f, err := r.Open("imsmanifest.xml")
	if err != nil {
		return false
	}
	defer f.Close()
	manifest, err := io.ReadAll(io.LimitReader(f, 1<<20))
	return err == nil && bytes.Contains(manifest, []byte(`identifier="skillbook-`))
}
