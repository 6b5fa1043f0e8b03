package manual

import (
	"archive/zip"
	"bytes"
	"image"
	"image/color"
	"image/png"
	"slices"
	"strings"
	"testing"
)

// The WordprocessingML of the test files, written as Word writes it.
const wordNamespaces = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml"`

// zipWord writes the parts as a .docx file.
func zipWord(t testing.TB, parts map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(parts[name])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wordParts is the parts of a Word file with the given body, with a
// content-types part and any others given.
func wordParts(body string, others map[string]string) map[string][]byte {
	parts := map[string][]byte{
		"[Content_Types].xml": []byte(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
		"word/document.xml":   []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wordNamespaces + `><w:body>` + body + `<w:sectPr/></w:body></w:document>`),
	}
	for name, data := range others {
		parts[name] = []byte(data)
	}
	return parts
}

// para is a w:p of the given style ("" for none) holding the runs.
func para(style string, runs ...string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return "<w:p>" + ppr + strings.Join(runs, "") + "</w:p>"
}

// numbered is a w:p numbered by numID at level ilvl.
func numbered(numID, ilvl string, runs ...string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr>` + strings.Join(runs, "") + "</w:p>"
}

// run is a w:r of text with run properties (e.g. `<w:b/>`).
func run(props, text string) string {
	rpr := ""
	if props != "" {
		rpr = "<w:rPr>" + props + "</w:rPr>"
	}
	return "<w:r>" + rpr + `<w:t xml:space="preserve">` + text + "</w:t></w:r>"
}

// text is a plain run.
func text(s string) string { return run("", s) }

// inlinePicture is a w:r holding a DrawingML picture of relationship rID.
func inlinePicture(rID, descr string) string {
	return `<w:r><w:drawing><wp:inline><wp:extent cx="1905000" cy="952500"/><wp:docPr id="1" name="图片 1" descr="` + descr + `"/>` +
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill>` +
		`<a:blip r:embed="` + rID + `"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
}

// anchoredTextBox is a w:r holding a floating text box, with the VML
// fallback Word writes beside it.
func anchoredTextBox(paras string) string {
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="9" name="文本框 9"/>` +
		`<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` + paras + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>` +
		`</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + paras +
		`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

// cell is a w:tc with properties (gridSpan, vMerge) and paragraphs.
func cell(props string, paras ...string) string {
	return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + strings.Join(paras, "") + "</w:tc>"
}

// table is a w:tbl of rows, each a list of cells.
func table(rows ...[]string) string {
	var b strings.Builder
	b.WriteString("<w:tbl><w:tblPr/>")
	for _, r := range rows {
		b.WriteString("<w:tr>" + strings.Join(r, "") + "</w:tr>")
	}
	return b.String() + "</w:tbl>"
}

// relationships is a document.xml.rels part: id → target, with the
// targets that start with http external.
func relationships(rels ...[2]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, r := range rels {
		mode := ""
		if strings.HasPrefix(r[1], "http") {
			mode = ` TargetMode="External"`
		}
		b.WriteString(`<Relationship Id="` + r[0] + `" Type="t" Target="` + r[1] + `"` + mode + `/>`)
	}
	return b.String() + "</Relationships>"
}

// testPNG is a small picture, a band of the theme's blue.
func testPNG(t testing.TB) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 200, 100))
	for y := range 100 {
		for x := range 200 {
			img.Set(x, y, color.RGBA{uint8(40 + x/4), 90, uint8(160 + y/2), 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
