package manual

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestFormatsItCannotRead: a file Skillbook cannot read is refused with
// what to do, whatever its name, instead of imported as text.
func TestFormatsItCannotRead(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"手册.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00", "an old Word (.doc) or WPS (.wps) file, which Skillbook cannot read: open it in Word or WPS, save it as a Word document (.docx), and import that"},
		{"手册.docx", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00", "an old Word (.doc) or WPS (.wps) file, which Skillbook cannot read: open it in Word or WPS, save it as a Word document (.docx), and import that"},
		{"手册.wps", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x3E\x00\x03", "an old Word (.doc) or WPS (.wps) file, which Skillbook cannot read: open it in Word or WPS, save it as a Word document (.docx), and import that"},
		{"手册.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "a PDF, which Skillbook cannot read: import the Word file it was made from, or copy its text into a .txt file"},
		{"手册.rtf", `{\rtf1\ansi\ansicpg936 第一章}`, "an RTF file, which Skillbook cannot read: open it in Word or WPS, save it as a Word document (.docx), and import that"},
		{"手册.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "neither text, a Word document (.docx) nor an HTML page, which are what Skillbook imports"},
		{"手册.xlsx", string(zipWord(t, map[string][]byte{"xl/workbook.xml": []byte("<workbook/>")})), "an Excel workbook, not a Word document (.docx): copy its text into a Word document or a .txt file, and import that"},
		{"手册.pptx", string(zipWord(t, map[string][]byte{"ppt/presentation.xml": []byte("<presentation/>")})), "a PowerPoint file, not a Word document (.docx): copy its text into a Word document or a .txt file, and import that"},
		{"图片.zip", string(zipWord(t, map[string][]byte{"a.png": []byte("x")})), "a zip archive, not a Word document (.docx): it holds no word/document.xml; import the .docx, .txt or .html files it holds"},
	} {
		if _, _, err := Read(tc.name, []byte(tc.data)); err == nil || err.Error() != tc.want {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}

// TestFormatUnderAnotherName: a Word document saved as .wps or .DOCX, and
// a web page saved as .doc, are read as what they are.
func TestFormatUnderAnotherName(t *testing.T) {
	docx := zipWord(t, wordParts(para("Heading2", text("如何培养员工")), nil))
	for _, name := range []string{"手册.wps", "手册.DOCX", "手册"} {
		if m, enc, err := Read(name, docx); err != nil || enc != "docx" || m.SkillCount() != 1 {
			t.Errorf("%s: read as %q (%v), want a docx of one skill point", name, enc, err)
		}
	}
	page := "\uFEFF\n<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>手册</title></head><body><h2>如何培养员工</h2><p>技能描述</p></body></html>"
	m, encoding, err := Read("手册.doc", []byte(page))
	if err != nil || encoding != "HTML, UTF-8" || m.SkillCount() != 1 || m.Chapters[0].Skills[0].Title != "如何培养员工" {
		t.Fatalf("a web page named .doc: %v, read as %q", err, encoding)
	}
	for _, f := range m.Files(bundledLayout) {
		if strings.Contains(string(f.Data), "<html") {
			t.Errorf("%s holds the page's markup:\n%s", f.Path, f.Data)
		}
	}
}

// TestUTF16: the seed saved by Notepad as "Unicode" (UTF-16 with its
// byte-order mark, either order) imports to the same files as UTF-8.
func TestUTF16(t *testing.T) {
	seed := readSeed(t)
	want := Parse(string(seed)).Files(bundledLayout)
	for _, order := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		data, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes(seed)
		if err != nil {
			t.Fatal(err)
		}
		m, encoding, err := Read("seed.txt", data)
		if err != nil || encoding != "UTF-16" {
			t.Fatalf("read as %q: %v", encoding, err)
		}
		if !slices.EqualFunc(m.Files(bundledLayout), want, func(a, b File) bool {
			return a.Path == b.Path && string(a.Data) == string(b.Data)
		}) {
			t.Errorf("the UTF-16 copy (%v) imports differently from the UTF-8 seed", order)
		}
	}
}
