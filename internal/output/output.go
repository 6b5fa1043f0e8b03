// Package output is the write stage: it writes a built site to its folder
// atomically, so that a failed or interrupted build leaves the previous
// output untouched, and it guards the folders it replaces: only an earlier
// output or an empty folder is replaced, never the site's own files, and
// what the user put in an output folder is kept.
package output

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"skillbook/internal/pool"
)

// File is one file of the built site; Path is relative to the output root,
// with slashes. Its content is Data, or the file at From when From is set.
type File struct {
	Path string
	Data []byte
	From string
}

// Write writes files into a new folder beside dir, then swaps it in for dir
// in one step where the system allows, so that dir always holds a whole
// output. dir must be empty, missing or an earlier output (see CheckDir);
// force writes into any folder. Files in dir that no build made are kept:
// the new folder gets them too. Leftovers of interrupted writes are
// removed first.
func Write(dir string, files []File, force bool) error {
	out, err := resolve(dir)
	if err != nil {
		return err
	}
	if err := checkExisting(dir, out, force); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	RemoveLeftovers(out)
	tmp := filepath.Join(filepath.Dir(out), tempPrefix(out)+randomName())
	rec := openRecord(tmp)
	defer rec.close()
	if err := fill(dir, out, tmp, files, force); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	old, err := swap(tmp, out)
	if err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// fill writes the new output into tmp: the build's files, the user's files
// from the old output, and last the marker, which lists the build's files.
func fill(dir, out, tmp string, files []File, force bool) error {
	var keep []string
	if exists(out) {
		var err error
		if keep, err = usersFiles(dir, out, files, force); err != nil {
			return err
		}
	}
	if err := os.Mkdir(tmp, 0o755); err != nil {
		return err
	}
	if err := writeAll(tmp, files); err != nil {
		return err
	}
	if err := carry(out, tmp, keep); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(tmp, MarkerName), marker(files), 0o644)
}

// writeAll makes the folders, then writes the files from several goroutines:
// writing is bound by the file system's latency, not by the CPU.
func writeAll(root string, files []File) error {
	made := map[string]bool{}
	for _, f := range files {
		if c := path.Clean(f.Path); c == ".." || strings.HasPrefix(c, "../") || path.IsAbs(c) || c == MarkerName {
			return fmt.Errorf("refusing to write outside the output folder: %s", f.Path)
		}
		if d := path.Dir(f.Path); !made[d] {
			if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(d)), 0o755); err != nil {
				return err
			}
			made[d] = true
		}
	}
	errs := make([]error, len(files))
	pool.EachN(writers, len(files), func(i int) {
		errs[i] = writeFile(filepath.Join(root, filepath.FromSlash(files[i].Path)), files[i])
	})
	return errors.Join(errs...)
}

func writeFile(dst string, f File) error {
	if f.From == "" {
		return os.WriteFile(dst, f.Data, 0o644)
	}
	return copyFile(dst, f.From)
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// writers is how many files are written at once.
const writers = 8
