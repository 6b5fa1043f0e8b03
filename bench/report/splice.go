package main

import (
	"os"
	"strings"
)

// splice puts the section into the document in place of the one there, or
// at its end.
func splice(doc, sec string) error {
	b, err := os.ReadFile(doc)
	if err != nil {
		return err
	}
	return os.WriteFile(doc, []byte(spliced(string(b), sec)), 0o644)
}

// spliced is text with sec in place of the part from begin to end (the
// line end after it included), or at its end. The markers count only as
// lines of their own: the docs mention them in their prose too.
func spliced(text, sec string) string {
	i := lineIndex(text, begin)
	j := -1
	if i >= 0 {
		if k := lineIndex(text[i:], end); k >= 0 {
			j = i + k
		}
	}
	if i >= 0 && j > i {
		rest := strings.TrimPrefix(text[j+len(end):], "\n")
		return text[:i] + sec + rest
	}
	return strings.TrimRight(text, "\n") + "\n\n" + sec
}

// lineIndex is where the first line that is marker alone starts in text,
// or -1.
func lineIndex(text, marker string) int {
	for at := 0; at <= len(text); {
		i := strings.Index(text[at:], marker)
		if i < 0 {
			return -1
		}
		start, stop := at+i, at+i+len(marker)
		if (start == 0 || text[start-1] == '\n') && (stop == len(text) || text[stop] == '\n') {
			return start
		}
		at = stop
	}
	return -1
}
