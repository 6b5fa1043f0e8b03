package manual

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
)

// The formats Read tells apart.
const (
	formatDocx = "docx"
	formatHTML = "html"
	formatText = "text"
)

// What files Read cannot import are told from their first bytes, whatever
// their names: an old Word or WPS file was imported as text (binary
// garbage in a course, and no error).
var (
	errOldWord = errors.New("an old Word (.doc) or WPS (.wps) file, which Skillbook cannot read: open it in Word or WPS, save it as a Word document (.docx), and import that")
	errPDF     = errors.New("a PDF, which Skillbook cannot read: import the Word file it was made from, or copy its text into a .txt file")
	errRTF     = errors.New("an RTF file, which Skillbook cannot read: open it in Word or WPS, save it as a Word document (.docx), and import that")
	errBinary  = errors.New("neither text, a Word document (.docx) nor an HTML page, which are what Skillbook imports")
)

// formatOf tells a file's format from its first bytes: a zip archive is
// read as a Word document (a .docx saved under another name, .wps or
// .DOCX, is one), text that opens with an HTML tag or is named .html as
// HTML; the formats it cannot read are errors that say what to do.
func formatOf(name string, data []byte) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		return "", errOldWord
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "", errPDF
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return "", errRTF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || ext == ".docx":
		return formatDocx, nil
	case ext == ".html" || ext == ".htm" || opensWithHTML(data):
		return formatHTML, nil
	case isUTF16(data):
		return formatText, nil
	case bytes.IndexByte(data[:min(len(data), 8000)], 0) >= 0: // text has no NUL bytes
		return "", errBinary
	}
	return formatText, nil
}

// opensWithHTML reports whether data begins, after a byte-order mark and
// white space, with <!DOCTYPE html or <html: a page saved under another
// name (Word's "web page" saved as .doc).
func opensWithHTML(data []byte) bool {
	start := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	head := strings.ToLower(string(start[:min(len(start), 14)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// isUTF16 reports whether data begins with a UTF-16 byte-order mark, as
// Notepad's "Unicode" saves text.
func isUTF16(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
}
