package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Refusal is why a folder may not be written: Message says what is wrong
// with Dir, Hint what to do instead.
type Refusal struct {
	Dir     string
	Message string
	Hint    string
}

func (r *Refusal) Error() string { return r.Dir + ": " + r.Message }

// forceHint names --force for a folder that holds files of the user's.
const forceHint = "choose an empty or new folder, or pass --force to write into this one: " +
	"the files it writes replace those at the same paths, every other file is kept"

// SiteReads are the parts of a site folder that building it reads; an output
// folder may be none of them and lie in none of them.
var SiteReads = []string{"content", "quizzes", "themes", "skillbook.yaml"}

// CheckDir reports whether a command that reads the site in site may
// replace the folder dir with what it writes (build --out, export): dir may
// not be the site folder, hold it, or lie in anything the build reads
// (SiteReads and the extra paths reads), symbolic links and ".." followed;
// and an existing dir must be empty or an earlier output (it holds the
// marker file MarkerName), unless force is set. The error is a *Refusal.
func CheckDir(dir, site string, force bool, reads ...string) error {
	out, err := resolve(dir)
	if err != nil {
		return &Refusal{Dir: dir, Message: err.Error()}
	}
	root, err := resolve(site)
	if err != nil {
		return &Refusal{Dir: dir, Message: err.Error()}
	}
	if within(root, out) {
		what := "is the site folder"
		if !within(out, root) {
			what = "holds the site folder"
		}
		return &Refusal{Dir: dir, Message: "the output folder " + what + ": building would replace the site's own files",
			Hint: "write the site elsewhere, such as " + filepath.Join(site, "public") + " (the default)"}
	}
	for _, name := range SiteReads {
		if r := overlapsRead(dir, out, filepath.Join(site, name)); r != nil {
			return r
		}
	}
	for _, p := range reads {
		if r := overlapsRead(dir, out, p); r != nil {
			return r
		}
	}
	return checkExisting(dir, out, force)
}

// overlapsRead refuses an output folder that lies in the read path p or
// holds it.
func overlapsRead(dir, out, p string) *Refusal {
	real, err := resolve(p)
	if err != nil || !(within(out, real) || within(real, out)) {
		return nil
	}
	return &Refusal{Dir: dir, Message: fmt.Sprintf("the output folder overlaps %s, which the build reads", p),
		Hint: "write the site outside content/, quizzes/ and themes/, such as public/ (the default)"}
}

// checkExisting allows a folder that does not exist, is empty, or is an
// earlier output; any other folder needs force, and a file is refused.
func checkExisting(dir, out string, force bool) error {
	info, err := os.Lstat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return &Refusal{Dir: dir, Message: err.Error()}
	case !info.IsDir():
		return &Refusal{Dir: dir, Message: "the output path is a file, not a folder", Hint: "choose a folder"}
	}
	if _, err := os.Stat(filepath.Join(out, MarkerName)); err == nil || force {
		return nil
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return &Refusal{Dir: dir, Message: err.Error()}
	}
	if isLegacyOutput(out) {
		return &Refusal{Dir: dir, Message: "the output folder was written by an earlier Skillbook version, which did not record the files it made",
			Hint: "delete the folder (after saving any file of yours in it) and build again, or pass --force to keep every file in it"}
	}
	if len(entries) > 0 {
		return &Refusal{Dir: dir, Message: fmt.Sprintf("the output folder holds %d file(s) that Skillbook did not write, such as %s",
			len(entries), entries[0].Name()), Hint: forceHint}
	}
	return nil
}

// isLegacyOutput reports an output of a Skillbook version before the marker
// file: it has the site manifest and outline at its root.
func isLegacyOutput(dir string) bool {
	return exists(filepath.Join(dir, "skillbook.json")) && exists(filepath.Join(dir, "skillbook-outline.js"))
}
