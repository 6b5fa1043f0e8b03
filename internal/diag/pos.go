package diag

import (
	"bytes"
	"unicode/utf8"
)

// Pos is a place in a file: line and column count from 1, the column in runes.
type Pos struct {
	File   string
	Line   int
	Col    int
	Source string
}

// At returns the position of byte offset off in src, a whole file's text.
func At(file string, src []byte, off int) Pos {
	off = min(max(off, 0), len(src))
	lineStart := 0
	line := 1
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line++
			lineStart = i + 1
		}
	}
	return Pos{File: file, Line: line, Col: utf8.RuneCount(src[lineStart:off]) + 1, Source: LineText(src, line)}
}

// AtLine returns the position of column col (in runes) of line in src.
func AtLine(file string, src []byte, line, col int) Pos {
	return Pos{File: file, Line: line, Col: col, Source: LineText(src, line)}
}

// LineText returns line n (from 1) of src without its line ending.
func LineText(src []byte, n int) string {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return string(bytes.TrimRight(src, "\r"))
}
