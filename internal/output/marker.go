package output

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// MarkerName is the file every output folder gets: it marks the folder as
// Skillbook's, which a later build may replace, and lists the files the
// build wrote, one slash path a line; anything else in the folder is the
// user's and is kept.
const MarkerName = ".skillbook-output"

const markerHeader = "# Written by Skillbook. The files listed below were made by a build; the next build\n" +
	"# replaces them and keeps every other file in this folder.\n"

// marker returns the marker file's content for files.
func marker(files []File) []byte {
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.Path
	}
	slices.Sort(paths)
	var b bytes.Buffer
	b.WriteString(markerHeader)
	for _, p := range paths {
		b.WriteString(p)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// ReadMarker returns the paths the output folder dir's marker lists, and
// whether dir has a marker.
func ReadMarker(dir string) (map[string]bool, bool) {
	f, err := os.Open(filepath.Join(dir, MarkerName))
	if err != nil {
		return nil, false
	}
	defer f.Close()
	made := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			made[line] = true
		}
	}
	return made, true
}
