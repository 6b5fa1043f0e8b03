// Package output is the write stage: it writes a built site to its folder
// atomically, so that a failed or interrupted build leaves the previous
// output untouched, and it guards the folders it replaces: only an earlier
// output or an empty folder is replaced, never the site's own files, and
// what the user put in an output folder is kept.
package output

import (
	"io"
	"os"

	"skillbook/internal/rawfile"
)

// File is one file of the built site; Path is relative to the output root,
// with slashes. Its content is Data, or the file at From when From is set.
// Once a Staging has written it, Data is let go and Size holds its length.
type File struct {
	Path string
	Data []byte
	From string
	Size int64
}

// Len is the file's length in bytes: its Data's, or what was written.
func (f File) Len() int64 {
	if f.Data == nil {
		return f.Size
	}
	return int64(len(f.Data))
}

// Write writes files into a new folder beside dir, then swaps it in for dir
// in one step where the system allows, so that dir always holds a whole
// output. dir must be empty, missing or an earlier output (see CheckDir);
// force writes into any folder. Files in dir that no build made are kept:
// the new folder gets them too. Leftovers of interrupted writes are
// removed first. Write lets the files' Data go (see Staging.Add).
func Write(dir string, files []File, force bool) error {
	s, err := Stage(dir, force)
	if err != nil {
		return err
	}
	if err := s.AddAll(files); err != nil {
		s.Abort()
		return err
	}
	return s.Commit(files)
}

func writeFile(dst string, f File) error {
	if f.From == "" {
		return rawfile.WriteFile(dst, f.Data, 0o644)
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
