package manual

import (
	"strings"
	"testing"
)

// wordManual is a Word manual made the ordinary way, in the seed's words:
// heading styles for the title and chapter, bold 技能点 paragraphs, a
// picture with a caption, two tables (one with merged cells, one with a
// line break in a cell), numbered and nested lists, numbered key points,
// emphasis, a hyperlink, a link to a bookmark, a footnote and an endnote, a
// text box, a header and a comment.
func wordManual(t testing.TB) []byte {
	body := para("Title", text("客户服务管理")) +
		para("Heading1", text("第二章 客户服务人员培训——客户服务管理的基石")) +
		para("", text("本章讲客户服务人员的培训。")) +
		para("", run("<w:b/>", "技能点5 如何架设联系客户的桥梁")) +
		para("", run("<w:b/>", "技能描述")) +
		para("", text("客户是企业的衣食父母,企业要"), run("<w:b/>", "密切同他们的联系"), text(",加强相互之间的感情。"),
			`<w:r><w:footnoteReference w:id="1"/></w:r>`) +
		para("", inlinePicture("rIdImg1", "")) +
		para("Caption", text("图1 追求完美服务台")) +
		para("3", text("热情周到的服务")) +
		para("", text("热情周到是构架通向客户桥梁的第一步。"), run(`<w:i/>`, "一个善解人意的微笑"), text(","),
			run(`<w:u w:val="single"/>`, "一句"), run(`<w:strike/>`, "粗鲁的"), text("话,都可能"), `<w:r><w:br/></w:r>`,
			text("带来难以想象的后果。"), anchoredTextBox(para("", text("提示:微笑是最好的服务。")))) +
		table(
			[]string{cell("", para("", text("时段"))), cell("", para("", text("应答用语")))},
			[]string{cell(`<w:vMerge w:val="restart"/>`, para("", text("上班时间"))), cell("", para("", text("您好,"), `<w:r><w:br/></w:r>`, text("请问有什么可以帮您?")))},
			[]string{cell(`<w:vMerge/>`, para("")), cell("", para("", text("请稍等,我马上为您查询。")))},
		) +
		table(
			[]string{cell(`<w:gridSpan w:val="2"/>`, para("", text("服务时间"))), cell("", para("", text("备注")))},
			[]string{cell("", para("", text("周一至周五"))), cell("", para("", text("8:30—17:30"))), cell("", para("", text("节假日除外")))},
		) +
		para("", text("记住客户名字的方法:")) +
		numbered("1", "0", text("每次为客户服务时,频频称呼他们的名字")) +
		numbered("2", "1", text("听到称呼自己的名字")) +
		numbered("2", "1", text("客户心中就能产生受到尊重的感觉")) +
		numbered("1", "0", text("把客户的名字记在卡片上")) +
		para("", text("详见"), `<w:hyperlink r:id="rIdLink1">`+run(`<w:rStyle w:val="Hyperlink"/>`, "服务质量管理办法")+`</w:hyperlink>`,
			text("和"), `<w:hyperlink w:anchor="目标市场">`+text("如何确定服务的目标市场")+`</w:hyperlink>`, text("。")) +
		para("", text("单位面积 m"), run(`<w:vertAlign w:val="superscript"/>`, "2"), text(",H"), run(`<w:vertAlign w:val="subscript"/>`, "2"), text("O。"),
			`<w:r><w:endnoteReference w:id="2"/></w:r>`) +
		para("", run("<w:b/>", "牢记要点")) +
		para("", text("架设通往客户的桥梁要做到:")) +
		numbered("3", "0", text("热情周到的服务")) +
		numbered("3", "0", text("追求完美服务台")) +
		numbered("3", "0", text("记住客户名字")) +
		para("", `<w:bookmarkStart w:id="0" w:name="目标市场"/>`+run("<w:b/>", "技能点6 如何确定服务的目标市场")+`<w:bookmarkEnd w:id="0"/>`) +
		para("", run("<w:b/>", "技能描述")) +
		para("", text("企业确立服务目标的市场定位。")) +
		para("", inlinePicture("rIdImg1", "客户服务台"), inlinePicture("rIdImg2", "服务流程图")) +
		para("", run("<w:b/>", "牢记要点")) +
		numbered("4", "0", text("根据价格和质量定位")) +
		numbered("4", "0", text("根据使用目的和使用范围定位"))
	return zipWord(t, wordParts(body, map[string]string{
		"word/styles.xml": `<?xml version="1.0"?><w:styles ` + wordNamespaces + `>` +
			`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="3"><w:name w:val="标题 3"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style></w:styles>`,
		"word/numbering.xml": `<?xml version="1.0"?><w:numbering ` + wordNamespaces + `>` +
			`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>` +
			`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>` +
			`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>` +
			`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
			`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
			`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
			`<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
			`</w:numbering>`,
		"word/_rels/document.xml.rels": relationships([2]string{"rIdImg1", "media/image1.png"}, [2]string{"rIdImg2", "media/image2.emf"},
			[2]string{"rIdLink1", "http://intranet.example.com/服务质量管理办法.html"}),
		"word/media/image1.png": string(testPNG(t)),
		"word/media/image2.emf": "EMF",
		"word/footnotes.xml": `<?xml version="1.0"?><w:footnotes ` + wordNamespaces + `><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>` +
			`<w:footnote w:id="1">` + para("", text("见《客户服务管理》第一章。")) + `</w:footnote></w:footnotes>`,
		"word/endnotes.xml": `<?xml version="1.0"?><w:endnotes ` + wordNamespaces + `><w:endnote w:id="2">` + para("", text("单位依国家标准。")) + `</w:endnote></w:endnotes>`,
		"word/header1.xml":  `<?xml version="1.0"?><w:hdr ` + wordNamespaces + `>` + para("", text("内部资料")) + `</w:hdr>`,
		"word/comments.xml": `<?xml version="1.0"?><w:comments ` + wordNamespaces + `><w:comment w:id="0">` + para("", text("请核对")) + `</w:comment></w:comments>`,
	}))
}

// TestWordManual: the Word manual imports with its pictures (written once,
// described by their alt text or caption; EMF reported), its tables (merged
// cells reported, line breaks kept), its numbered, nested and key-point
// lists, its emphasis, links, notes and text box, and the title as the
// course's title; header and comment are reported as dropped.
func TestWordManual(t *testing.T) {
	m, encoding, err := Read("manual.docx", wordManual(t))
	if err != nil || encoding != "docx" {
		t.Fatalf("read as %q: %v", encoding, err)
	}
	checkGolden(t, "word-manual.txt", importDump(m, Layout{Course: "service", Title: m.Title}))
}

// TestListRestart: an ordered list that starts again right after another
// switches its delimiter, so that Markdown keeps the two apart; nesting
// indents to the parent's text.
func TestListRestart(t *testing.T) {
	var b strings.Builder
	writeList(&b, []string{"甲", "乙", "丙", "丁", "戊"}, []listMark{
		{0, true, 1}, {0, true, 2}, {1, false, 0}, {0, true, 1}, {1, true, 1},
	}, true)
	want := "1. 甲\n2. 乙\n   - 丙\n1) 丁\n   1. 戊\n"
	if b.String() != want {
		t.Errorf("list:\n%s\nwant:\n%s", b.String(), want)
	}
}
