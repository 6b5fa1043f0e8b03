// Package sitetest writes test sites described as txtar archives.
package sitetest

import (
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// Extract writes the files of the txtar archive into a new temporary folder
// and returns it.
func Extract(t testing.TB, archive string) string {
	t.Helper()
	a, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range a.Files {
		WriteFile(t, filepath.Join(dir, filepath.FromSlash(f.Name)), f.Data)
	}
	return dir
}
