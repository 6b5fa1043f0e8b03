package watch

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// watching starts a Watcher on a new folder with page.md in it and
// returns the folder and the batches it reports.
func watching(t *testing.T) (string, <-chan []string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "page.md"), []byte("# 一\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := New([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.Quiet, w.MaxDelay = 200*time.Millisecond, time.Second // a loaded machine's pauses stay within a batch
	ctx, cancel := context.WithCancel(context.Background())
	batches := make(chan []string, 10)
	go func() { _ = w.Run(ctx, func(paths []string) { batches <- paths }) }()
	t.Cleanup(func() { cancel(); w.Close() })
	return dir, batches
}

// next is the next batch, in names relative to dir.
func next(t *testing.T, dir string, batches <-chan []string) []string {
	t.Helper()
	select {
	case paths := <-batches:
		for i, p := range paths {
			paths[i], _ = filepath.Rel(dir, p)
		}
		return paths
	case <-time.After(5 * time.Second):
		t.Fatal("no batch reported")
		return nil
	}
}

func write(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTemporaryFileRenamedOverAPage: sed -i writes sedXXXXXX beside the
// page and renames it over the page; the batch names the page alone.
func TestTemporaryFileRenamedOverAPage(t *testing.T) {
	dir, batches := watching(t)
	tmp := filepath.Join(dir, "sedAb12Cd")
	write(t, tmp, "# 二\n")
	if err := os.Rename(tmp, filepath.Join(dir, "page.md")); err != nil {
		t.Fatal(err)
	}
	if got := next(t, dir, batches); !slices.Equal(got, []string{"page.md"}) {
		t.Errorf("batch %q, want [page.md]", got)
	}
}

// TestFileCreatedAndRemovedIsNoChange: a file created and removed again
// before the batch is reported is not reported; a page removed is.
func TestFileCreatedAndRemovedIsNoChange(t *testing.T) {
	dir, batches := watching(t)
	tmp := filepath.Join(dir, "draft.md")
	write(t, tmp, "x")
	if err := os.Remove(tmp); err != nil {
		t.Fatal(err)
	}
	time.Sleep(600 * time.Millisecond) // the batch above is over
	if err := os.Remove(filepath.Join(dir, "page.md")); err != nil {
		t.Fatal(err)
	}
	if got := next(t, dir, batches); !slices.Equal(got, []string{"page.md"}) {
		t.Errorf("batch %q, want [page.md] alone", got)
	}
}

// TestPageRemovedAndWrittenAgain: a page removed, written and removed
// again in one batch is reported: the build saw it before.
func TestPageRemovedAndWrittenAgain(t *testing.T) {
	dir, batches := watching(t)
	page := filepath.Join(dir, "page.md")
	if err := os.Remove(page); err != nil {
		t.Fatal(err)
	}
	write(t, page, "# 三\n")
	if err := os.Remove(page); err != nil {
		t.Fatal(err)
	}
	if got := next(t, dir, batches); !slices.Equal(got, []string{"page.md"}) {
		t.Errorf("batch %q, want [page.md]", got)
	}
}
