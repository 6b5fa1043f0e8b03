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
// line end after it included), or at its end.
func spliced(text, sec string) string {
	i, j := strings.Index(text, begin), strings.Index(text, end)
	if i >= 0 && j > i {
		rest := strings.TrimPrefix(text[j+len(end):], "\n")
		return text[:i] + sec + rest
	}
	return strings.TrimRight(text, "\n") + "\n\n" + sec
}
