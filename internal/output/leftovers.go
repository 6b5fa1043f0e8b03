package output

import (
	"os"
	"path/filepath"
	"strings"
)

// tempPrefix starts the name of the temporary folder a write fills beside
// the output folder out; legacyPrefix is the name earlier versions used.
func tempPrefix(out string) string   { return "." + filepath.Base(out) + ".skillbook-" }
func legacyPrefix(out string) string { return "." + filepath.Base(out) + ".new-" }

// isTemp reports whether p is named as a write's temporary folder.
func isTemp(p string) bool {
	name := filepath.Base(p)
	return strings.HasPrefix(name, ".") && (strings.Contains(name, ".skillbook-") || strings.Contains(name, ".new-"))
}

// RemoveLeftovers removes what interrupted writes left: the temporary
// folders of every killed write the journal names, wherever they lie, and
// any folder beside out named as a write's temporary folder that no running
// write holds. When out itself is missing because a write was killed
// between moving it aside and moving the new one in, the old output is put
// back first. It returns the folders removed.
func RemoveLeftovers(out string) []string {
	dead, live := deadRecords()
	restoreAside(out, live)
	var removed []string
	for _, d := range dead {
		if removeTemp(d.folder, &removed) && removeTemp(d.folder+asideSuffix, &removed) {
			os.Remove(d.file)
		}
	}
	for _, p := range besideOut(out) {
		if !live[strings.TrimSuffix(p, asideSuffix)] && os.RemoveAll(p) == nil {
			removed = append(removed, p)
		}
	}
	return removed
}

// removeTemp removes the temporary folder p if it is there, adding it to
// removed; it reports whether p is gone.
func removeTemp(p string, removed *[]string) bool {
	if !isTemp(p) || !exists(p) {
		return true
	}
	if err := os.RemoveAll(p); err != nil {
		return false
	}
	*removed = append(*removed, p)
	return true
}

// besideOut lists the temporary folders beside out.
func besideOut(out string) []string {
	entries, _ := os.ReadDir(filepath.Dir(out))
	var found []string
	for _, e := range entries {
		if name := e.Name(); strings.HasPrefix(name, tempPrefix(out)) || strings.HasPrefix(name, legacyPrefix(out)) {
			found = append(found, filepath.Join(filepath.Dir(out), name))
		}
	}
	return found
}

// restoreAside puts an output moved aside back in place when out is missing.
func restoreAside(out string, live map[string]bool) {
	if exists(out) {
		return
	}
	for _, p := range besideOut(out) {
		if strings.HasSuffix(p, asideSuffix) && !live[strings.TrimSuffix(p, asideSuffix)] {
			if os.Rename(p, out) == nil {
				return
			}
		}
	}
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}
