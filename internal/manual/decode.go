package manual

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Read reads a manual from a file's bytes: a Word file (.docx), or text in
// UTF-8 or in GB18030/GBK, as files saved on Chinese Windows often are.
// encoding names what was found.
func Read(name string, data []byte) (m *Manual, encoding string, err error) {
	if strings.EqualFold(filepath.Ext(name), ".docx") {
		lines, err := docxLines(data)
		if err != nil {
			return nil, "", err
		}
		return parseLines(lines), "docx", nil
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

// docxLines reads the paragraphs of a Word file's main document, each a
// line, with what its style says it is: headings 1 to 3 are chapters,
// skill points and sub-headings; numbered or bulleted paragraphs are list
// items.
func docxLines(data []byte) ([]line, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errors.New("not a Word file (.docx): " + err.Error())
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			defer rc.Close()
			return paragraphs(rc)
		}
	}
	return nil, errors.New("not a Word file (.docx): no word/document.xml")
}

// paragraphs walks document.xml: w:p paragraphs, their w:pStyle and
// w:numPr, and the text of their w:t runs (w:tab and w:br as spaces).
func paragraphs(r io.Reader) ([]line, error) {
	dec := xml.NewDecoder(r)
	var lines []line
	var text strings.Builder
	hint := NoHint
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return lines, nil
		}
		if err != nil {
			return nil, errors.New("reading the Word file: " + err.Error())
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				text.Reset()
				hint = NoHint
			case "pStyle":
				if h := styleHint(attr(t, "val")); h != NoHint {
					hint = h
				}
			case "numPr":
				if hint == NoHint {
					hint = ListHint
				}
			case "t":
				var s string
				if err := dec.DecodeElement(&s, &t); err != nil {
					return nil, err
				}
				text.WriteString(s)
			case "tab", "br":
				text.WriteString(" ")
			}
		case xml.EndElement:
			if t.Name.Local == "p" {
				if s := strings.TrimSpace(text.String()); s != "" {
					lines = append(lines, line{No: len(lines) + 1, Text: s, Hint: hint})
				}
			}
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// styleHint reads Word's built-in heading styles, by id ("Heading1") or
// by the localized ids Chinese Word writes ("1", "2", "3").
func styleHint(style string) Hint {
	switch strings.ToLower(strings.TrimPrefix(strings.ToLower(style), "heading")) {
	case "1":
		return ChapterHint
	case "2":
		return SkillHint
	case "3", "4":
		return HeadingHint
	}
	return NoHint
}
