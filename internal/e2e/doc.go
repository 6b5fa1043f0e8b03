// Package e2e holds the browser tests: they build the bundled course and
// drive Debian's Chromium over it, from file:// and over http.
package e2e
