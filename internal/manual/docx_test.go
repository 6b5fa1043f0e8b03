package manual

import (
	"archive/zip"
	"bytes"
	"slices"
	"strings"
	"testing"
)

// docx builds a minimal Word file: each paragraph a style (or "") and text.
func docx(t *testing.T, paras [][2]string) []byte {
	t.Helper()
	var body strings.Builder
	for _, p := range paras {
		body.WriteString("<w:p>")
		switch {
		case p[0] == "list":
			body.WriteString(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
		case p[0] != "":
			body.WriteString(`<w:pPr><w:pStyle w:val="` + p[0] + `"/></w:pPr>`)
		}
		half := len(p[1]) / 2
		for half < len(p[1]) && (p[1][half]&0xC0) == 0x80 {
			half++
		}
		body.WriteString(`<w:r><w:t>` + p[1][:half] + `</w:t></w:r><w:r><w:t xml:space="preserve">` + p[1][half:] + `</w:t></w:r></w:p>`)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `</w:body></w:document>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDocx: a Word file's heading styles give chapters, skill points and
// sub-headings; its numbered paragraphs give lists; runs of one paragraph
// are joined.
func TestDocx(t *testing.T) {
	data := docx(t, [][2]string{
		{"Heading1", "第三章 客户投诉处理"},
		{"", "本章讲投诉。"},
		{"Heading2", "如何受理投诉"},
		{"", "技能描述"},
		{"", "受理投诉要耐心。"},
		{"3", "倾听"},
		{"", "先听客户说完。"},
		{"list", "不打断客户"},
		{"list", "记录要点"},
		{"", "牢记要点"},
		{"", "受理投诉要做到:"},
		{"", "耐心倾听"},
		{"", "及时回复"},
	})
	m, encoding, err := Read("manual.docx", data)
	if err != nil || encoding != "docx" {
		t.Fatalf("read as %q: %v", encoding, err)
	}
	files := m.Files(Layout{Course: "service", Title: "服务"})
	got := map[string]string{}
	for _, f := range files {
		got[f.Path] = string(f.Data)
	}
	want := map[string]string{
		"content/service/_index.md":           "---\ntitle: 服务\n---\n",
		"content/service/03-第三章/_index.md":    "---\ntitle: 第三章 客户投诉处理\n---\n本章讲投诉。\n",
		"content/service/03-第三章/01-如何受理投诉.md": "---\ntitle: 如何受理投诉\n---\n## 技能描述\n\n受理投诉要耐心。\n\n## 倾听\n\n先听客户说完。\n\n- 不打断客户\n- 记录要点\n\n## 牢记要点\n\n受理投诉要做到:\n\n- 耐心倾听\n- 及时回复\n",
	}
	if len(got) != len(want) {
		t.Errorf("files %v", got)
	}
	for path, text := range want {
		if got[path] != text {
			t.Errorf("%s:\n%s\nwant:\n%s", path, got[path], text)
		}
	}
	broken := "a damaged Word file (.docx), or not one (zip: not a valid zip file): open it in Word or WPS, save it again as .docx, and import that"
	if _, _, err := Read("broken.docx", []byte("not a zip")); err == nil || err.Error() != broken {
		t.Errorf("a broken .docx gave %v, want %q", err, broken)
	}
	truncated := zipWord(t, wordParts(para("Heading2", text("如何培养员工")), nil))
	if _, _, err := Read("手册.docx", truncated[:len(truncated)/2]); err == nil || err.Error() != broken {
		t.Errorf("a .docx cut in half gave %v, want %q", err, broken)
	}
}

// TestBoldSubHeading: a bold line taken for a sub-heading is a heading
// without the bold around it; a heading with a bold word in it keeps it.
func TestBoldSubHeading(t *testing.T) {
	headings := skillHeadings(t, para("", run("<w:b/>", "热情周到的服务"))+para("", text("服务要热情周到。"))+
		para("", text("做到"), run("<w:b/>", "耐心"), text("服务"))+para("", text("服务要耐心。")))
	if want := []string{"技能描述", "热情周到的服务", "做到**耐心**服务"}; !slices.Equal(headings, want) {
		t.Errorf("headings %q, want %q", headings, want)
	}
}

// TestStyledSubHeadingsDecide: in a document whose sub-headings have
// Heading styles, a short Normal paragraph stays a paragraph; without
// such styles it is taken for a sub-heading by its text, as in plain text,
// unless it holds a full stop or leads into what follows ("…是:").
func TestStyledSubHeadingsDecide(t *testing.T) {
	lead := para("", text("培训策略的重点:6WIH")) + para("", text("培训的对象、时间、地点和方法。"))
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"styled", para("Heading3", text("培训策略")) + para("", text("策略要先定。")) + lead, []string{"技能描述", "培训策略"}},
		{"not styled", lead, []string{"技能描述", "培训策略的重点:6WIH"}},
		{"lead-in", para("", text("培训策略应考虑的重点是:6WIH")) + para("", text("Who——谁需培训?")), []string{"技能描述"}},
		{"two sentences", para("", text("回访结束后。记录结果")) + para("", text("记录要及时。")), []string{"技能描述"}},
	} {
		if headings := skillHeadings(t, tc.body); !slices.Equal(headings, tc.want) {
			t.Errorf("%s: headings %q, want %q", tc.name, headings, tc.want)
		}
	}
}

// skillHeadings reads a Word file of one skill point, its description and
// then body, and returns the skill point's headings.
func skillHeadings(t *testing.T, body string) []string {
	t.Helper()
	body = para("Heading2", text("如何培养员工")) + para("", text("技能描述")) + para("", text("员工是服务的提供者。")) + body
	m, _, err := Read("手册.docx", zipWord(t, wordParts(body, nil)))
	if err != nil {
		t.Fatal(err)
	}
	var headings []string
	for _, b := range m.Chapters[0].Skills[0].Blocks {
		if b.Kind == Heading {
			headings = append(headings, b.Text)
		}
	}
	return headings
}
