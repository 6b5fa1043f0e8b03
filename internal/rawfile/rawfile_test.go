package rawfile

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWriteThenRead(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 511, 512, 513, 70000} {
		name := filepath.Join(dir, "f.html")
		data := bytes.Repeat([]byte("技能点"), size)[:size]
		if err := WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("size %d: read %d bytes back, not what was written", size, len(got))
		}
		if want, _ := os.ReadFile(name); !bytes.Equal(got, want) {
			t.Errorf("size %d: os.ReadFile reads %d bytes, ReadFile %d", size, len(want), len(got))
		}
	}
}

func TestWriteEmptiesTheFileFirst(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f")
	if err := WriteFile(name, []byte("a longer text"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(name, []byte("short"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(name); string(got) != "short" {
		t.Errorf("file holds %q, want %q", got, "short")
	}
}

func TestWritePermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows files have no Unix permissions")
	}
	name := filepath.Join(t.TempDir(), "f")
	if err := WriteFile(name, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want -rw-------", info.Mode().Perm())
	}
}

func TestErrorsAreThoseOfOS(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.md")
	_, err := ReadFile(missing)
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Op != "open" || pe.Path != missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile of a missing file: %v, want an open *fs.PathError that is fs.ErrNotExist", err)
	}
	_, osErr := os.ReadFile(missing)
	if err.Error() != osErr.Error() {
		t.Errorf("ReadFile says %q, os.ReadFile %q", err, osErr)
	}
	if err := WriteFile(filepath.Join(dir, "no", "such", "folder"), []byte("x"), 0o644); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("WriteFile into a missing folder: %v, want fs.ErrNotExist", err)
	}
	if _, err := ReadFile(dir); err == nil {
		t.Errorf("ReadFile of a folder: no error")
	}
}

func TestReadsFilesThatDoNotKnowTheirSize(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc is Linux's")
	}
	got, err := ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got, []byte("Name:")) || len(got) < 512 {
		t.Errorf("read %d bytes of /proc/self/status: %.40q", len(got), got)
	}
}
