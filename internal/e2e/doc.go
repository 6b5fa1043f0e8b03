// Package e2e holds the browser tests: they build the bundled course and
// drive Debian's Chromium over it, from file:// and over http.
//
// TestLayout checks every page kind's layout and accessibility at phone
// and desktop widths; `go test ./internal/e2e -run Screens -screens DIR`
// takes screenshots of every page kind at 360, 768 and 1280 px, light and
// dark, into DIR for a reviewer.
package e2e
