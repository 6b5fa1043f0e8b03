package output

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"skillbook/internal/pool"
)

// Staging is an output being written: a temporary folder beside the output
// folder that a build writes its files into as it makes them, so that it
// need not hold them all in memory, and that Commit swaps in for the
// output folder in one step. Until then the output folder is untouched: a
// build that fails calls Abort, and the folder of one that is killed is a
// leftover that the next write removes (see RemoveLeftovers). Add may be
// called from several goroutines at once.
type Staging struct {
	dir, out, tmp string
	force         bool
	rec           *record
	mu            sync.Mutex
	folders       map[string]bool // made in tmp, as slash paths
	added         map[string]bool // the paths of the files added
}

// Stage starts writing a new output for the folder dir, with the rules of
// Write: dir must be empty, missing or an earlier output, unless force.
func Stage(dir string, force bool) (*Staging, error) {
	out, err := resolve(dir)
	if err != nil {
		return nil, err
	}
	if err := checkExisting(dir, out, force); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, err
	}
	RemoveLeftovers(out)
	s := &Staging{dir: dir, out: out, force: force, folders: map[string]bool{".": true}, added: map[string]bool{}}
	s.tmp = filepath.Join(filepath.Dir(out), tempPrefix(out)+randomName())
	s.rec = openRecord(s.tmp)
	if err := os.Mkdir(s.tmp, 0o755); err != nil {
		s.rec.close()
		return nil, err
	}
	return s, nil
}

// Add writes the file f into the new output, then lets its Data go,
// keeping its length in Size. A file is written once: adding its path
// again does nothing.
func (s *Staging) Add(f *File) error {
	if c := path.Clean(f.Path); c == ".." || strings.HasPrefix(c, "../") || path.IsAbs(c) || c == MarkerName {
		return fmt.Errorf("refusing to write outside the output folder: %s", f.Path)
	}
	if first, err := s.claim(f.Path); !first || err != nil {
		return err
	}
	if err := writeFile(filepath.Join(s.tmp, filepath.FromSlash(f.Path)), *f); err != nil {
		return err
	}
	if f.From == "" {
		f.Size, f.Data = int64(len(f.Data)), nil
	}
	return nil
}

// AddAll adds files from several goroutines: writing is bound by the file
// system's latency, not by the CPU.
func (s *Staging) AddAll(files []File) error {
	errs := make([]error, len(files))
	pool.EachN(writers, len(files), func(i int) { errs[i] = s.Add(&files[i]) })
	return errors.Join(errs...)
}

// claim reports whether the file at slash path p is added for the first
// time, and makes its folder.
func (s *Staging) claim(p string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.added[p] {
		return false, nil
	}
	s.added[p] = true
	return true, s.folder(path.Dir(p))
}

// folder makes the folder d of the new output, once, after its parent: one
// system call for each folder (os.MkdirAll looks at each first); s.mu is
// held.
func (s *Staging) folder(d string) error {
	if s.folders[d] {
		return nil
	}
	if err := s.folder(path.Dir(d)); err != nil {
		return err
	}
	if err := os.Mkdir(filepath.Join(s.tmp, filepath.FromSlash(d)), 0o755); err != nil {
		return err
	}
	s.folders[d] = true
	return nil
}

// Commit finishes the new output — the user's files carried over from the
// old one, and the marker listing files, which must be every file added —
// and swaps it in for the output folder. After an error the output folder
// is as it was.
func (s *Staging) Commit(files []File) error {
	defer s.rec.close()
	if err := s.finish(files); err != nil {
		os.RemoveAll(s.tmp)
		return err
	}
	old, err := swap(s.tmp, s.out)
	if err != nil {
		os.RemoveAll(s.tmp)
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// finish writes what the new output needs beside the build's files: the
// user's files from the old output, and last the marker.
func (s *Staging) finish(files []File) error {
	if err := checkExisting(s.dir, s.out, s.force); err != nil {
		return err
	}
	if exists(s.out) {
		keep, err := usersFiles(s.dir, s.out, files, s.force)
		if err != nil {
			return err
		}
		if err := carry(s.out, s.tmp, keep); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(s.tmp, MarkerName), marker(files), 0o644)
}

// Abort removes the new output; the output folder stays as it was.
func (s *Staging) Abort() {
	os.RemoveAll(s.tmp)
	s.rec.close()
}
