//go:build !unix

package rawfile

import (
	"io/fs"
	"os"
)

// ReadFile reads the named file whole (os.ReadFile).
func ReadFile(name string) ([]byte, error) { return os.ReadFile(name) }

// WriteFile writes data to the named file (os.WriteFile).
func WriteFile(name string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(name, data, perm)
}
