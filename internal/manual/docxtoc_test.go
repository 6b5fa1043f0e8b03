package manual

import (
	"slices"
	"strings"
	"testing"
)

// TestTableOfContentsLeftOut: Word's table of contents, in each of the
// ways Word writes one, is left out and reported; the chapters and skill
// points after it are the course's, and its title is not 目录.
func TestTableOfContentsLeftOut(t *testing.T) {
	tocLink := func(anchor, s string) string {
		return `<w:hyperlink w:anchor="` + anchor + `" w:history="1">` + text(s) + `<w:r><w:tab/></w:r>` + text("3") + `</w:hyperlink>`
	}
	styles := `<?xml version="1.0"?><w:styles ` + wordNamespaces + `>` +
		`<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="20"><w:name w:val="toc 2"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="TOC"><w:name w:val="TOC Heading"/></w:style></w:styles>`
	entries := para("10", tocLink("_Toc1", "第六章 一流的服务团队")) + para("20", tocLink("_Toc2", "怎样通过员工满足客户的需求"))
	content := para("Heading1", `<w:bookmarkStart w:id="1" w:name="_Toc1"/>`, text("第六章 一流的服务团队")) +
		para("Heading2", `<w:bookmarkStart w:id="2" w:name="_Toc2"/>`, text("怎样通过员工满足客户的需求")) +
		para("", text("技能描述")) + para("", text("员工是服务的提供者。"))
	for name, body := range map[string]string{
		"styled, 目录 typed as text": para("", text("目　录")) + entries,
		"styled, with its heading": para("TOC", text("目录")) + entries,
		"links alone":              para("", text("目录")) + para("", tocLink("_Toc1", "第六章 一流的服务团队")) + para("", tocLink("_Toc2", "怎样通过员工满足客户的需求")),
		"in its content control": `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>` +
			para("", text("目录")) + para("", text("第六章 一流的服务团队 3")) + para("", text("怎样通过员工满足客户的需求 3")) + `</w:sdtContent></w:sdt>`,
	} {
		m, _, err := Read("手册.docx", zipWord(t, wordParts(body+content, map[string]string{"word/styles.xml": styles})))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ch := range m.Chapters {
			got = append(got, "# "+ch.Title)
			for _, s := range ch.Skills {
				got = append(got, "## "+s.Title)
			}
		}
		if want := []string{"# 第六章 一流的服务团队", "## 怎样通过员工满足客户的需求"}; !slices.Equal(got, want) || m.Title == "目录" {
			t.Errorf("%s: %q titled %q, want %q", name, got, m.Title, want)
		}
		want := Note{Line: 1, Message: "left out Word's table of contents (目录, 3 paragraph(s)): the site lists the chapters and skill points itself", Lost: true}
		if !slices.Contains(m.Notes, want) {
			t.Errorf("%s: notes %+v, want %+v", name, m.Notes, want)
		}
		for _, f := range m.Files(Layout{Course: "c", Title: "c"}) {
			if strings.Contains(string(f.Data), "目录") {
				t.Errorf("%s: %s holds the table of contents:\n%s", name, f.Path, f.Data)
			}
		}
	}
}
