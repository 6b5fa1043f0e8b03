package manual

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Read reads a manual from a file's bytes: a Word file (.docx), an HTML
// page (.html, .htm; its local pictures read from beside it), or text in
// UTF-8 or in GB18030/GBK, as files saved on Chinese Windows often are.
// encoding names what was found.
func Read(name string, data []byte) (m *Manual, encoding string, err error) {
	if strings.EqualFold(filepath.Ext(name), ".docx") {
		m, err := readDocx(data)
		if err != nil {
			return nil, "", err
		}
		return m, "docx", nil
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm":
		return readHTML(name, data)
	}
	text, encoding := decodeText(data)
	return Parse(text), encoding, nil
}

// decodeText returns the text as UTF-8, decoding GB18030 when the bytes
// are not UTF-8.
func decodeText(data []byte) (string, string) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if utf8.Valid(data) {
		return strings.ReplaceAll(string(data), "\r\n", "\n"), "UTF-8"
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "unknown (invalid bytes replaced)"
	}
	return strings.ReplaceAll(string(out), "\r\n", "\n"), "GB18030"
}
