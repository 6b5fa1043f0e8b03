package manual

import "testing"

// numberedHeadingsManual is a Word manual whose heading styles are linked
// to a multilevel list, as Chinese templates are: 第一章, 第二章 for
// 标题 1, 1.1, 2.1 for 标题 2, numbered by Word, not typed; and a list of
// its own, numbered 一、二、 within a skill point.
func numberedHeadingsManual(t *testing.T) []byte {
	styleNum := func(id, name, ilvl string) string {
		return `<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="` + name + `"/>` +
			`<w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>`
	}
	body := para("Title", text("客户服务管理")) +
		para("1", text("客户服务概述")) +
		para("2", text("如何架设联系客户的桥梁")) +
		para("", text("客户是企业的衣食父母。")) +
		numbered("8", "0", text("热情周到的服务")) +
		numbered("8", "0", text("记住客户名字")) +
		para("1", text("客户服务人员培训")) +
		para("2", text("如何进行客户服务培训前的工作")) +
		para("", text("培训前要做好准备。"))
	return zipWord(t, wordParts(body, map[string]string{
		"word/styles.xml": `<?xml version="1.0"?><w:styles ` + wordNamespaces + `>` +
			`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>` +
			styleNum("1", "heading 1", "0") + styleNum("2", "heading 2", "1") + `</w:styles>`,
		"word/numbering.xml": `<?xml version="1.0"?><w:numbering ` + wordNamespaces + `>` +
			`<w:abstractNum w:abstractNumId="3">` +
			`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>` +
			`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl></w:abstractNum>` +
			`<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>` +
			`<w:suff w:val="nothing"/></w:lvl></w:abstractNum>` +
			`<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>` +
			`<w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num>` +
			`</w:numbering>`,
	}))
}

// TestNumberedHeadings: a heading keeps the number Word shows before it:
// a chapter's in its title (第一章 客户服务概述, as a typed one), a skill
// point's as its marker (# 1.1 — the legal numbering's 1, not 一 — as a
// typed 技能点5), so that its title, file and address carry no number; a
// numbered list stays a Markdown list.
func TestNumberedHeadings(t *testing.T) {
	m, _, err := Read("manual.docx", numberedHeadingsManual(t))
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "word-numbered-headings.txt", importDump(m, Layout{Course: "service", Title: m.Title}))
}

func TestFormatNumber(t *testing.T) {
	for _, c := range []struct {
		v      int
		format string
		want   string
	}{
		{3, "decimal", "3"}, {3, "decimalZero", "03"}, {12, "decimalFullWidth", "１２"},
		{1, "chineseCounting", "一"}, {10, "chineseCounting", "十"}, {11, "chineseCounting", "十一"},
		{20, "chineseCountingThousand", "二十"}, {105, "chineseCounting", "一百零五"}, {110, "chineseCounting", "一百一十"},
		{1200, "chineseCounting", "一千二百"}, {3, "chineseLegalSimplified", "叁"}, {2, "ideographTraditional", "乙"},
		{11, "ideographTraditional", "甲"}, {28, "upperLetter", "BB"}, {2, "lowerLetter", "b"}, {14, "upperRoman", "XIV"},
		{9, "lowerRoman", "ix"}, {3, "decimalEnclosedCircle", "③"}, {21, "decimalEnclosedCircle", "21"}, {105, "ideographDigital", "一〇五"},
	} {
		if got, ok := formatNumber(c.v, c.format); !ok || got != c.want {
			t.Errorf("formatNumber(%d, %s) = %q, %v; want %q", c.v, c.format, got, ok, c.want)
		}
	}
	if got, ok := formatNumber(1, "hebrew1"); ok {
		t.Errorf("a format it does not know: %q, want none", got)
	}
}
