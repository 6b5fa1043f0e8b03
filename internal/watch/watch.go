// Package watch reports changes to a site's files in batches. Linux watches
// are not recursive, so every folder is watched, new folders as they appear,
// and the trees are walked again after a create or rename (a renamed folder
// otherwise loses its watch).
package watch

import (
	"context"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watcher watches folders recursively and single files.
type Watcher struct {
	fsw   *fsnotify.Watcher
	trees []string // folders watched with everything below them
	// Quiet is how long no event must come before a batch is reported;
	// MaxDelay bounds the wait for a long burst. An editor's save is a burst
	// of a few events within milliseconds.
	Quiet, MaxDelay time.Duration
}

// New watches the folders trees (recursively; missing ones are skipped) and
// the files (their folders are watched, other names there are ignored by
// the caller).
func New(trees, files []string) (*Watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &Watcher{fsw: fsw, trees: trees, Quiet: 20 * time.Millisecond, MaxDelay: 200 * time.Millisecond}
	w.addTrees()
	for _, f := range files {
		_ = fsw.Add(filepath.Dir(f))
	}
	return w, nil
}

// Close stops watching.
func (w *Watcher) Close() error { return w.fsw.Close() }

// addTrees adds every folder of the trees; adding a watched folder again is
// harmless, so this also repairs watches after renames.
func (w *Watcher) addTrees() {
	for _, root := range w.trees {
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			if p != root && ignored(d.Name()) {
				return filepath.SkipDir
			}
			_ = w.fsw.Add(p)
			return nil
		})
	}
}

// addNewFolder watches a folder that was just created, and counts the
// files already in it as changed: they may have been written before the
// watch was in place (mkdir -p a/b && echo x > a/b/c.md).
func (w *Watcher) addNewFolder(p string, pending map[string]bool) {
	_ = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case q != p && ignored(d.Name()):
			return skipDir(d)
		case d.IsDir():
			_ = w.fsw.Add(q)
		default:
			pending[q] = true
		}
		return nil
	})
}

func skipDir(d fs.DirEntry) error {
	if d.IsDir() {
		return filepath.SkipDir
	}
	return nil
}

// Run reports each batch of changed paths to onBatch until ctx is done. A
// batch holds each path once, sorted; editors' swap and backup files are
// left out.
func (w *Watcher) Run(ctx context.Context, onBatch func(paths []string)) error {
	pending := map[string]bool{}
	rewalk := false
	var first time.Time // of the pending batch
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return nil
			}
			return err
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return nil
			}
			if ignored(filepath.Base(ev.Name)) {
				continue
			}
			pending[ev.Name] = true
			if ev.Has(fsnotify.Create) {
				w.addNewFolder(ev.Name, pending)
			}
			rewalk = rewalk || ev.Has(fsnotify.Create) || ev.Has(fsnotify.Rename)
			if first.IsZero() {
				first = time.Now()
			}
			timer.Reset(min(w.Quiet, max(0, w.MaxDelay-time.Since(first))))
		case <-timer.C:
			if rewalk {
				w.addTrees()
				rewalk = false
			}
			batch := make([]string, 0, len(pending))
			for p := range pending {
				batch = append(batch, p)
			}
			slices.Sort(batch)
			clear(pending)
			first = time.Time{}
			onBatch(batch)
		}
	}
}

// ignored reports names that editors and tools write beside the files they
// edit: vim's swap files and its 4913 probe, Emacs's lock and autosave
// files, backups ending in ~, and other hidden files and temporary files.
func ignored(name string) bool {
	switch {
	case name == "4913", strings.HasPrefix(name, "."), strings.HasPrefix(name, "#"), strings.HasSuffix(name, "~"):
		return true
	}
	ext := filepath.Ext(name)
	return slices.Contains([]string{".swp", ".swx", ".swo", ".tmp", ".temp", ".bak", ".crdownload", ".part"}, ext)
}
