package manual

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// FuzzImport: no input makes the import panic, and none loses a character
// that is not chrome, or a picture: kind 0 reads data as text, 1 as the
// document.xml of a Word file (with the Word manual's styles, numbering,
// relationships, pictures and notes), 2 as an HTML page.
//
//	go test ./internal/manual -fuzz FuzzImport -fuzztime 60s
func FuzzImport(f *testing.F) {
	f.Add(readSeed(f), byte(0))
	for _, s := range []string{
		"", "相关文档", "技能点", "牢记要点", "第章", "第十二章\n技能点1 甲\n技能描述\n乙\n牢记要点\n丙:\n丁\n",
		"标题\n\n标题\n正文,\n\n续。\n## 不是标题\n- 1. 列表\n(1)一\n(2)二\n",
		"文章\n一 二 三 " + strings.Repeat("很长的正文", 40),
		"title: \"x\"\n---\n\x00\x1b[31m*_`<[]>\\",
		shortArticles, articlesOnly,
	} {
		f.Add([]byte(s), byte(0))
	}
	word := wordManual(f)
	f.Add(part(f, word, "word/document.xml"), byte(1))
	f.Add([]byte(`<w:document `+wordNamespaces+`><w:body><w:p><w:r><w:t>**甲**</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>`), byte(1))
	page, err := os.ReadFile("testdata/intranet-page.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(page, byte(2))
	f.Add([]byte("<p>甲<br>乙</p><ul><li>丙<ol><li>丁</li></ol></li></ul><table><tr><td rowspan=3 colspan=2>戊</td></tr></table>"), byte(2))
	f.Fuzz(func(t *testing.T, data []byte, kind byte) {
		switch kind % 3 {
		case 0:
			checkNothingLostFile(t, "input.txt", data)
		case 1:
			checkNothingLostFile(t, "input.docx", withPart(t, word, "word/document.xml", data))
		default:
			checkNothingLostFile(t, "input.html", data)
		}
	})
}

// part returns a part of a Word file.
func part(t testing.TB, docx []byte, name string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, _ := f.Open()
			defer rc.Close()
			b, _ := io.ReadAll(rc)
			return b
		}
	}
	return nil
}

// withPart returns the Word file with one part replaced.
func withPart(t testing.TB, docx []byte, name string, data []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{name: data}
	for _, f := range zr.File {
		if f.Name != name {
			parts[f.Name] = part(t, docx, f.Name)
		}
	}
	return zipWord(t, parts)
}
