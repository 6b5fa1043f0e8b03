package output

import (
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
)

// A journal record names the temporary folder of one write in progress. The
// writer holds a lock on its record until it has finished; a record that
// nobody holds belongs to a build that was killed, so its folder is a
// leftover, wherever it lies.
type record struct {
	file *os.File
}

// journalDir is where the records are kept: the user's cache folder, or the
// system's temporary folder when there is none. SKILLBOOK_STATE overrides it.
func journalDir() string {
	if d := os.Getenv("SKILLBOOK_STATE"); d != "" {
		return filepath.Join(d, "writing")
	}
	if d, err := os.UserCacheDir(); err == nil {
		if os.MkdirAll(filepath.Join(d, "skillbook", "writing"), 0o700) == nil {
			return filepath.Join(d, "skillbook", "writing")
		}
	}
	return filepath.Join(os.TempDir(), "skillbook-"+userName(), "writing")
}

func userName() string {
	for _, k := range []string{"USER", "USERNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "user"
}

// openRecord writes a locked record for the temporary folder tmp. Without
// a journal (no writable folder for it), leftovers beside the output are
// still found by their names.
func openRecord(tmp string) *record {
	dir := journalDir()
	if os.MkdirAll(dir, 0o700) != nil {
		return nil
	}
	f, err := os.OpenFile(filepath.Join(dir, randomName()+".rec"), os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o600)
	if err != nil {
		return nil
	}
	if ok, _ := tryLock(f); !ok {
		f.Close()
		return nil
	}
	if _, err := f.WriteString(tmp); err != nil {
		f.Close()
		return nil
	}
	return &record{file: f}
}

// close removes the record: the write it names is over.
func (r *record) close() {
	if r == nil {
		return
	}
	// Closed first: Windows cannot remove an open file. The write is over,
	// so a cleaner that takes the record now finds nothing left to remove.
	r.file.Close()
	os.Remove(r.file.Name())
}

// deadRecord is the record of a killed write: its file, and the folder it
// names.
type deadRecord struct {
	file, folder string
}

// deadRecords returns the records of killed writes, and lists the folders
// of writes still running in live. A dead record is removed only after its
// folder (see RemoveLeftovers), so that a cleaner killed in between leaves
// the record for the next one.
func deadRecords() (dead []deadRecord, live map[string]bool) {
	live = map[string]bool{}
	dir := journalDir()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".rec") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			continue
		}
		b, _ := os.ReadFile(p)
		ok, _ := tryLock(f)
		f.Close()
		switch {
		case !ok:
			live[string(b)] = true
		case len(b) > 0:
			dead = append(dead, deadRecord{file: p, folder: string(b)})
		}
	}
	return dead, live
}

func randomName() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
