//go:build !linux && !darwin

package output

import "errors"

// exchange cannot swap two folders in one step on this system.
func exchange(a, b string) error {
	return errors.ErrUnsupported
}
