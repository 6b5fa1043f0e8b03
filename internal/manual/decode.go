package manual

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Read reads a manual from a file's bytes: a Word file (.docx), an HTML
// page (.html, .htm; its local pictures read from beside it), or text in
// UTF-8, UTF-16 or GB18030/GBK, as files saved on Chinese Windows often
// are (see formatOf). encoding names what was found.
func Read(name string, data []byte) (m *Manual, encoding string, err error) {
	format, err := formatOf(name, data)
	switch {
	case err != nil:
		return nil, "", err
	case format == formatDocx:
		m, err := readDocx(data)
		if err != nil {
			return nil, "", err
		}
		return m, "docx", nil
	case format == formatHTML:
		return readHTML(name, data)
	}
	text, encoding := decodeText(data)
	return Parse(text), encoding, nil
}

// decodeText returns the text as UTF-8, decoding GB18030 when the bytes
// are not UTF-8.
func decodeText(data []byte) (string, string) {
	if isUTF16(data) {
		bom := unicode.BigEndian
		if data[0] == 0xFF {
			bom = unicode.LittleEndian
		}
		out, _ := unicode.UTF16(bom, unicode.ExpectBOM).NewDecoder().Bytes(data) // invalid units become U+FFFD
		return strings.ReplaceAll(string(out), "\r\n", "\n"), "UTF-16"
	}
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
