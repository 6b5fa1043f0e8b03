// Package scaffold creates a new site from an embedded sample.
package scaffold

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed all:site
var sample embed.FS

// Create writes the sample site into dir, which must be missing or empty.
func Create(dir string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return errors.New(dir + " is not empty; choose a new folder")
	}
	root, _ := fs.Sub(sample, "site")
	return fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(root, p)
		if err != nil {
			return err
		}
		if p == "skillbook.yaml" {
			data = withID(data)
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// SampleLeft lists the sample's files that are still in the site at dir
// as `skillbook new` wrote them (skillbook.yaml aside), slash-separated:
// the example course a trainer forgets to delete before publishing their
// own.
func SampleLeft(dir string) []string {
	root, _ := fs.Sub(sample, "site")
	var left []string
	_ = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == "skillbook.yaml" || p == "content/_index.md" {
			return err
		}
		want, _ := fs.ReadFile(root, p)
		if have, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p))); err == nil && bytes.Equal(have, want) {
			left = append(left, p)
		}
		return nil
	})
	return left
}

// SampleHome lists what of the site at dir is still the sample's home: its
// title in skillbook.yaml (the sample's title line, unchanged) and its
// welcome, content/_index.md as `skillbook new` wrote it. A site with a
// course imported still greeted trainees as 示例培训站.
func SampleHome(dir string) []string {
	var left []string
	yaml, _ := fs.ReadFile(sample, "site/skillbook.yaml")
	if have, err := os.ReadFile(filepath.Join(dir, "skillbook.yaml")); err == nil && bytes.Contains(have, titleLine(yaml)) {
		left = append(left, "skillbook.yaml")
	}
	want, _ := fs.ReadFile(sample, "site/content/_index.md")
	if have, err := os.ReadFile(filepath.Join(dir, "content", "_index.md")); err == nil && bytes.Equal(have, want) {
		left = append(left, "content/_index.md")
	}
	return left
}

// titleLine is the line of a skillbook.yaml that gives its title.
func titleLine(yaml []byte) []byte {
	for line := range bytes.Lines(yaml) {
		if bytes.HasPrefix(line, []byte("title:")) {
			return line
		}
	}
	return nil
}

// withID puts a random id into the sample's skillbook.yaml, after its
// comment: trainees' progress is kept under the id, so it must not change
// when the title does, and no two sites made with `skillbook new` share one.
func withID(yaml []byte) []byte {
	return bytes.Replace(yaml, []byte("\ntitle:"), []byte("\nid: "+NewID()+"\ntitle:"), 1)
}

// NewID makes a random site id.
func NewID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
