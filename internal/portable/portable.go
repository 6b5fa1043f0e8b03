// Package portable names the files of a built site so that every path can be
// stored on Windows, macOS and Linux file systems and on FAT32 and exFAT USB
// sticks, and can stand in a URL unescaped: what cannot be stored is
// replaced, and the name then gets a short hash of the original, so that the
// replacement is the same in every build and two names never end up alike.
package portable

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxName is the most characters a name gets; longer ones are shortened.
// Three names of a page's folder and index.html then stay within MaxPath.
const MaxName = 64

// maxNameBytes keeps a name within the 255 bytes every file system allows.
const maxNameBytes = 200

// MaxPath is the longest path from the output root that Check allows: it
// leaves room under Windows' 260 characters for the folder the site is
// copied into.
const MaxPath = 240

// unstorable are the characters Windows or FAT refuse in a name, and those
// that would end or change a URL's path (#, %).
const unstorable = `<>:"/\|?*#%`

// Name returns name made storable everywhere: characters that cannot be
// stored become "-", a trailing dot or space too, a reserved device name
// (CON, NUL, COM1…) gets a "_", and a name over MaxName characters is
// shortened. A name that was changed ends in "-" and 8 hex digits of a hash
// of the original, before its extension.
func Name(name string) string {
	var b strings.Builder
	for _, r := range name {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError || strings.ContainsRune(unstorable, r) {
			r = '-'
		}
		b.WriteRune(r)
	}
	s := b.String()
	for end := len(s); end > 0 && (s[end-1] == '.' || s[end-1] == ' '); end-- {
		s = s[:end-1] + "-" + s[end:]
	}
	if Reserved(s) {
		i := strings.IndexByte(s+".", '.')
		s = s[:i] + "_" + s[i:]
	}
	stem, ext := splitExt(s)
	if s == name && utf8.RuneCountInString(s) <= MaxName && len(s) <= maxNameBytes && s != "" {
		return s
	}
	return shorten(stem, ext) + "-" + hash(name) + ext
}

// FoldedName is Name, with the hash of name added when name is not the form
// that case- and normalization-insensitive file systems (Windows, macOS)
// fold it to: "Go" and "go" then get different names. For names with no
// files of their own to keep, such as tags.
func FoldedName(name string) string {
	n := Name(name)
	if n != name || Fold(name) == name {
		return n // changed, and so with the hash already, or in folded form
	}
	stem, ext := splitExt(n)
	return shorten(stem, ext) + "-" + hash(name) + ext
}

// Fold returns the form in which Windows and macOS compare names: two paths
// with the same Fold are the same file there.
func Fold(p string) string {
	return norm.NFC.String(strings.ToLower(strings.ToUpper(p)))
}

// Reserved reports the device names Windows does not allow as a file name,
// with any extension: CON, PRN, AUX, NUL, COM1–9 and LPT1–9.
func Reserved(name string) bool {
	s := strings.ToUpper(name)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimRight(s, " ")
	switch s {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	if len(s) < 4 || s[:3] != "COM" && s[:3] != "LPT" {
		return false
	}
	digit := s[3:]
	return len(digit) == 1 && '1' <= digit[0] && digit[0] <= '9' || digit == "¹" || digit == "²" || digit == "³"
}

// splitExt splits a short extension (".png") off a name; a leading dot is
// not an extension.
func splitExt(s string) (stem, ext string) {
	ext = path.Ext(s)
	if len(ext) > 10 || len(ext) == len(s) || strings.ContainsAny(ext, " -") {
		return s, ""
	}
	return s[:len(s)-len(ext)], ext
}

// shorten cuts a stem so that it, a hash and ext fit in a name.
func shorten(stem, ext string) string {
	room := MaxName - 9 - utf8.RuneCountInString(ext)
	for i, r := range stem {
		if room == 0 || i+utf8.RuneLen(r) > maxNameBytes-9-len(ext) {
			return stem[:i]
		}
		room--
	}
	return stem
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}

// Check reports the first reason why the path p, relative to the output
// root with slashes, could not be stored everywhere, or nil.
func Check(p string) error {
	if n := utf8.RuneCountInString(p); n > MaxPath {
		return fmt.Errorf("path of %d characters, over %d: %s", n, MaxPath, p)
	}
	for _, name := range strings.Split(p, "/") {
		if err := checkName(name); err != nil {
			return fmt.Errorf("%w in %s", err, p)
		}
	}
	return nil
}

func checkName(name string) error {
	switch {
	case name == "":
		return errors.New("empty name")
	case len(name) > 255:
		return fmt.Errorf("name of %d bytes", len(name))
	case !utf8.ValidString(name):
		return fmt.Errorf("name %q not UTF-8", name)
	case strings.HasSuffix(name, ".") || strings.HasSuffix(name, " "):
		return fmt.Errorf("name %q ends in a dot or space", name)
	case Reserved(name):
		return fmt.Errorf("reserved name %q", name)
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(unstorable, r) {
			return fmt.Errorf("name %q holds %q", name, r)
		}
	}
	return nil
}
