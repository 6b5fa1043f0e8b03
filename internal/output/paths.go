package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// resolve returns the absolute, physical path of p: symbolic links and
// ".." are followed as the operating system follows them, also when the
// last parts of p do not exist yet.
func resolve(p string) (string, error) {
	if !filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		p = wd + string(filepath.Separator) + p
	}
	real, err := filepath.EvalSymlinks(p)
	if err == nil {
		return real, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	parent, last := splitLast(p)
	if parent == p {
		return "", err
	}
	head, err := resolve(parent)
	if err != nil {
		return "", err
	}
	return filepath.Join(head, last), nil
}

// splitLast splits p at its last separator without cleaning it, so that a
// ".." keeps its physical meaning.
func splitLast(p string) (parent, last string) {
	p = strings.TrimRight(p, `/`+string(filepath.Separator))
	i := strings.LastIndexAny(p, `/`+string(filepath.Separator))
	if i <= len(filepath.VolumeName(p)) {
		return p[:i+1], p[i+1:]
	}
	return p[:i], p[i+1:]
}

// within reports whether path p is dir or lies inside it. Windows and macOS
// file systems ignore case, so there the comparison does too.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	if err != nil {
		return false
	}
	if foldsCase() {
		rel, err = filepath.Rel(strings.ToLower(dir), strings.ToLower(p))
		if err != nil {
			return false
		}
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)))
}

// foldsCase reports whether the usual file systems of this system ignore case.
func foldsCase() bool {
	return runtime.GOOS == "windows" || runtime.GOOS == "darwin"
}
