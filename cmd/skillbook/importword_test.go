package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportWordReport: importing a Word file reports its notes by
// paragraph, in text and in --json, and writes its course.
func TestImportWordReport(t *testing.T) {
	dir := t.TempDir()
	cell := func(props, text string) string {
		return `<w:tc><w:tcPr>` + props + `</w:tcPr><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
	}
	body := `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>第三章 投诉处理</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>如何受理投诉</w:t></w:r></w:p>` +
		`<w:tbl><w:tr>` + cell(`<w:gridSpan w:val="2"/>`, "时段") + `</w:tr><w:tr>` + cell("", "上午") + cell("", "下午") + `</w:tr></w:tbl>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`))
	zw.Close()
	file := filepath.Join(dir, "手册.docx")
	for name, data := range map[string][]byte{file: buf.Bytes(), filepath.Join(dir, "skillbook.yaml"): []byte("title: 站\n")} {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errs bytes.Buffer
	if code := run([]string{"import", "--site", dir, "--course", "c", file}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	want := file + ": paragraph 3: unsure: table row 1, column 1: a cell merged across 2 columns is followed by empty cells\n"
	if !strings.Contains(out.String(), want) || !strings.Contains(out.String(), "1 table(s)") {
		t.Errorf("report:\n%s\nwant the line:\n%s", out.String(), want)
	}
	out.Reset()
	if code := run([]string{"import", "--site", dir, "--course", "c", "--force", "--json", file}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var rep importReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, out.String())
	}
	if n := rep.Files[0].Notes; len(n) != 1 || n[0].Paragraph != 3 || n[0].Line != 0 || n[0].Kind != "unsure" || rep.Files[0].Format != "docx" {
		t.Errorf("--json report %+v", rep)
	}
	if _, err := os.Stat(filepath.Join(dir, "content/c/03-第三章/01-如何受理投诉.md")); err != nil {
		t.Error(err)
	}
}
