package content

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// followable reports whether the entry rel, listed in a folder of the site,
// may be read: anything but a symbolic link, or a link to a file inside the
// site. A link to a folder (which may loop), out of the site (which would
// publish a file from elsewhere on the computer) or to nothing is reported.
func (l *loader) followable(rel string, e fs.DirEntry) bool {
	if e.Type()&fs.ModeSymlink == 0 {
		return true
	}
	if ok, seen := l.links[rel]; seen {
		return ok // a folder is listed more than once: one report
	}
	ok := l.checkLink(rel)
	if l.links == nil {
		l.links = map[string]bool{}
	}
	l.links[rel] = ok
	return ok
}

func (l *loader) checkLink(rel string) bool {
	full := filepath.Join(l.dir, filepath.FromSlash(rel))
	target, err := filepath.EvalSymlinks(full)
	var info os.FileInfo
	if err == nil {
		info, err = os.Stat(target)
	}
	switch {
	case err != nil:
		l.misplaced(rel, "symbolic link that leads nowhere: "+linkError(err), "remove the link, or point it at a file of the site")
	case info.IsDir():
		l.misplaced(rel, "symbolic link to a folder", "Skillbook does not follow links to folders: move or copy the folder into content/")
	case !inside(l.dir, target):
		l.misplaced(rel, "symbolic link to a file outside the site: "+target, "copy the file into the site: a link out of it would publish a file from elsewhere on this computer")
	default:
		return true
	}
	return false
}

func linkError(err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return "its target does not exist"
	}
	return err.Error()
}

// inside reports whether path lies in the folder dir (both resolved).
func inside(dir, path string) bool {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// readError describes why a listed file could not be read.
func readError(err error) (message, hint string) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "the file went away while the site was read", "if it was moved or deleted on purpose, build again"
	case errors.Is(err, fs.ErrPermission):
		return "cannot read the file: permission denied", "let your user read it, e.g. `chmod a+r FILE`"
	}
	return err.Error(), ""
}
