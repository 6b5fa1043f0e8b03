package build

import (
	"path/filepath"

	"skillbook/internal/diag"
	"skillbook/internal/output"
	"skillbook/internal/portable"
)

// checkPaths reports output paths that some file system could not store, or
// that Windows and macOS would store as one file. The names the build makes
// are storable (see portable.Name); this catches what slips through, such
// as a course folder named like one of the site's own folders in another
// case, or a path made too long by folders nested in content/.
func checkPaths(siteDir string, files []output.File) diag.List {
	var diags diag.List
	seen := make(map[string]string, len(files))
	for _, f := range files {
		if err := portable.Check(f.Path); err != nil {
			diags.Add(diag.Diagnostic{File: source(siteDir, f), Severity: diag.Error, Message: "output path cannot be stored on every system: " + err.Error(),
				Hint: "shorten or rename the file or folder this comes from"})
		}
		key := portable.Fold(f.Path)
		if first, ok := seen[key]; ok {
			diags.Add(diag.Diagnostic{File: source(siteDir, f), Severity: diag.Error, Message: "output paths " + first + " and " + f.Path + " are one file on Windows and macOS",
				Hint: "rename the file or folder this comes from"})
			continue
		}
		seen[key] = f.Path
	}
	return diags
}

// source names where an output file comes from, for a diagnostic: its
// path from the site's root, or the output path of what the build made.
func source(siteDir string, f output.File) string {
	if rel, err := filepath.Rel(siteDir, f.From); err == nil && f.From != "" {
		return filepath.ToSlash(rel)
	}
	return f.Path
}
