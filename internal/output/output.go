// Package output is the write stage: it writes a built site to its folder
// atomically, so that a failed or interrupted build leaves the previous
// output untouched.
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

// Write writes files into a new folder beside dir, then swaps it in for dir.
func Write(dir string, files []File) error {
	dir = filepath.Clean(dir)
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".new-")
	if err != nil {
		return err
	}
	if err := writeAll(tmp, files); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	return swap(tmp, dir)
}

// writeAll makes the folders, then writes the files from several goroutines:
// writing is bound by the file system's latency, not by the CPU.
func writeAll(root string, files []File) error {
	made := map[string]bool{}
	for _, f := range files {
		if c := path.Clean(f.Path); c == ".." || strings.HasPrefix(c, "../") || path.IsAbs(c) {
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

// swap replaces dir by tmp: the old output is moved aside, the new one
// renamed into place, and the old one removed.
func swap(tmp, dir string) error {
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			os.RemoveAll(tmp)
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			_ = os.Rename(old, dir)
		}
		os.RemoveAll(tmp)
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}
