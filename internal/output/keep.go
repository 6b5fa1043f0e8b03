package output

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// usersFiles lists, as slash paths, what the output folder out holds that no
// build made: files the marker does not list, and empty folders. A file of
// the user's at a path the new build writes is refused, unless force is set,
// when the build's file replaces it.
func usersFiles(dir, out string, files []File, force bool) ([]string, error) {
	made, _ := ReadMarker(out)
	writes := make(map[string]bool, len(files))
	for _, f := range files {
		writes[f.Path] = true
	}
	var keep []string
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		rel = filepath.ToSlash(rel)
		switch {
		case rel == "." || rel == MarkerName || made[rel]:
			return nil
		case d.IsDir():
			if empty, err := isEmpty(p); err != nil || !empty {
				return err
			}
		case writes[rel] && !force:
			return &Refusal{Dir: dir, Message: "the output folder holds " + rel + ", which Skillbook did not write and this build would replace",
				Hint: "move the file out of the way, or pass --force to replace it"}
		case writes[rel]:
			return nil
		}
		keep = append(keep, rel)
		return nil
	})
	return keep, err
}

func isEmpty(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	return len(entries) == 0, err
}

// carry puts the user's files from the old output into the new one: hard
// links where the file system has them (the old folder keeps its own link
// until it is removed, so an interrupted build loses nothing), copies
// elsewhere.
func carry(from, to string, paths []string) error {
	for _, rel := range paths {
		src := filepath.Join(from, filepath.FromSlash(rel))
		dst := filepath.Join(to, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := carryOne(src, dst); err != nil {
			return err
		}
	}
	return nil
}

func carryOne(src, dst string) error {
	info, err := os.Lstat(src)
	if err != nil {
		return err
	}
	switch {
	case info.IsDir():
		return os.Mkdir(dst, info.Mode().Perm())
	case info.Mode()&fs.ModeSymlink != 0:
		target, err := os.Readlink(src)
		if err != nil {
			return err
		}
		return os.Symlink(target, dst)
	}
	if os.Link(src, dst) == nil {
		return nil
	}
	return copyMode(dst, src, info.Mode().Perm())
}

// copyMode copies the file src to dst with the permissions perm.
func copyMode(dst, src string, perm fs.FileMode) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, perm)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
