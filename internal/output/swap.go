package output

import "os"

// asideSuffix names the old output while it is moved aside, where the
// system cannot exchange two folders at once.
const asideSuffix = ".old"

// swap puts the folder tmp in the place of out. Where the system can, the
// two are exchanged in one step, so that out is at every moment a whole
// output; tmp then holds the old output. Elsewhere out is moved aside to
// tmp+asideSuffix first (RemoveLeftovers puts it back if the build is
// killed between the two moves). It returns the folder that now holds the
// old output, "" when there was none.
func swap(tmp, out string) (string, error) {
	if !exists(out) {
		return "", os.Rename(tmp, out)
	}
	if err := exchange(tmp, out); err == nil {
		return tmp, nil
	}
	aside := tmp + asideSuffix
	if err := os.Rename(out, aside); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, out); err != nil {
		_ = os.Rename(aside, out)
		return "", err
	}
	return aside, nil
}
