// Package themes holds the default theme, embedded in the binary, and the
// lookup that lets a site override it file by file.
//
// A file is looked up in the site's themes/<name>/ folder first, then in the
// embedded default theme. Templates live in templates/, everything else a page
// loads (CSS, JavaScript, images) in static/.
package themes

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

//go:embed all:default
var embedded embed.FS

// DefaultName is the name of the embedded theme.
const DefaultName = "default"

// Theme is a site's theme: its own files over the embedded default.
type Theme struct {
	layers []layer
}

// layer is one place theme files come from; prefix names it in messages.
type layer struct {
	fsys   fs.FS
	prefix string
}

// Open returns the theme called name for the site in siteDir. The site's
// folder themes/<name> may be missing only for the default theme.
func Open(siteDir, name string) (*Theme, error) {
	base, _ := fs.Sub(embedded, DefaultName)
	t := &Theme{layers: []layer{{base, "(built-in theme) "}}}
	dir := filepath.Join(siteDir, "themes", name)
	if _, err := os.Stat(dir); err == nil {
		t.layers = append([]layer{{os.DirFS(dir), "themes/" + name + "/"}}, t.layers...)
	} else if name != DefaultName {
		return nil, errors.New("theme " + name + " not found: no folder " + dir)
	}
	return t, nil
}

// ReadFile returns the first layer's copy of the file at name (a slash path
// such as "templates/skill.html").
func (t *Theme) ReadFile(name string) ([]byte, error) {
	var firstErr error
	for _, l := range t.layers {
		b, err := fs.ReadFile(l.fsys, name)
		if err == nil {
			return b, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

// Files lists the files under dir in every layer, each name once, sorted.
func (t *Theme) Files(dir string) []string {
	var names []string
	for _, l := range t.layers {
		_ = fs.WalkDir(l.fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && !slices.Contains(names, p) {
				names = append(names, p)
			}
			return nil
		})
	}
	slices.Sort(names)
	return names
}

// Origin names where the file at name comes from, for messages: the site's
// copy ("themes/default/templates/skill.html") or the built-in one.
func (t *Theme) Origin(name string) string {
	for _, l := range t.layers {
		if _, err := fs.Stat(l.fsys, name); err == nil {
			return l.prefix + name
		}
	}
	return name
}
