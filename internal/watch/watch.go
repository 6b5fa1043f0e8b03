// Package watch reports changes to a site's files in batches. Linux watches
// are not recursive, so every folder is watched, new folders as they appear,
// and the trees are walked again after a create or rename (a renamed folder
// otherwise loses its watch).
package watch

import (
	"context"
	"io/fs"
	"os"
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
// left out, and so are files created and gone again within the batch: the
// temporary file a tool writes and then renames over the one it edits
// (sed -i's sedXXXXXX), which no build saw.
func (w *Watcher) Run(ctx context.Context, onBatch func(paths []string)) error {
	b := newBatch()
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
			b.add(ev)
			if ev.Has(fsnotify.Create) {
				w.addNewFolder(ev.Name, b.paths)
			}
			timer.Reset(min(w.Quiet, max(0, w.MaxDelay-time.Since(b.first))))
		case <-timer.C:
			if b.rewalk {
				w.addTrees()
			}
			if paths := b.take(); len(paths) > 0 {
				onBatch(paths)
			}
		}
	}
}

// batch is what changed since the last report.
type batch struct {
	paths   map[string]bool
	created map[string]bool // the paths whose first event in the batch was their creation
	rewalk  bool            // a create or rename: watch the trees again
	first   time.Time       // of the batch's first event
}

func newBatch() *batch { return &batch{paths: map[string]bool{}, created: map[string]bool{}} }

// add counts an event's path as changed.
func (b *batch) add(ev fsnotify.Event) {
	if !b.paths[ev.Name] && ev.Has(fsnotify.Create) {
		b.created[ev.Name] = true
	}
	b.paths[ev.Name] = true
	b.rewalk = b.rewalk || ev.Has(fsnotify.Create) || ev.Has(fsnotify.Rename)
	if b.first.IsZero() {
		b.first = time.Now()
	}
}

// take returns the batch's paths, sorted, without those that were created
// and are gone again (no build saw them), and starts the next batch.
func (b *batch) take() []string {
	paths := make([]string, 0, len(b.paths))
	for p := range b.paths {
		if b.created[p] && !exists(p) {
			continue
		}
		paths = append(paths, p)
	}
	slices.Sort(paths)
	*b = *newBatch()
	return paths
}

// exists reports whether something is at path p.
func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
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
