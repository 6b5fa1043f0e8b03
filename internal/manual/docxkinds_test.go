package manual

import (
	"strings"
	"testing"
)

// TestWordPictureKinds: an anchored (floating) picture, an old VML one and
// one in a table cell are written and shown like inline ones; a table of
// a single cell is its paragraphs; a picture whose part is missing is
// reported.
func TestWordPictureKinds(t *testing.T) {
	anchored := `<w:r><w:drawing><wp:anchor><wp:docPr id="2" name="图片 2" descr="服务台(正面)"/><a:graphic><a:graphicData><pic:pic><pic:blipFill>` +
		`<a:blip r:embed="rIdA"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`
	vml := `<w:r><w:pict><v:shape><v:imagedata r:id="rIdB" o:title="柜台"/></v:shape></w:pict></w:r>`
	body := para("Heading2", text("如何受理投诉")) +
		para("", text("受理投诉要耐心。"), anchored) +
		para("", vml) +
		table([]string{cell("", para("", text("单元格里的一段话。")), para("", text("第二段。")))}) +
		table([]string{cell("", para("", text("图示"))), cell("", para("", inlinePicture("rIdA", "")))},
			[]string{cell("", para("", text("缺图"))), cell("", para("", inlinePicture("rIdMissing", "")))})
	data := zipWord(t, wordParts(body, map[string]string{
		"word/_rels/document.xml.rels": relationships([2]string{"rIdA", "media/image(1).png"}, [2]string{"rIdB", "media/image2.gif"},
			[2]string{"rIdMissing", "media/gone.png"}),
		"word/media/image(1).png": string(testPNG(t)),
		"word/media/image2.gif":   "GIF89a",
	}))
	m, _, err := Read("kinds.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	files := m.Files(Layout{Course: "c", Title: "课"})
	var skill string
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
		if strings.HasSuffix(f.Path, "如何受理投诉.md") {
			skill = string(f.Data)
		}
	}
	want := "---\ntitle: 如何受理投诉\n---\n受理投诉要耐心。![服务台(正面)](images/image-1.png)\n\n![柜台](images/image2.gif)\n\n" +
		"单元格里的一段话。\n\n第二段。\n\n| 图示 | ![image-1.png](images/image-1.png) |\n| --- | --- |\n| 缺图 |  |\n"
	if skill != want {
		t.Errorf("skill point:\n%s\nwant:\n%s", skill, want)
	}
	if got := strings.Join(paths, " "); !strings.Contains(got, "images/image-1.png") || !strings.Contains(got, "images/image2.gif") || strings.Count(got, "image-1.png") != 1 {
		t.Errorf("files %s", got)
	}
	if len(m.Notes) == 0 || !m.Notes[len(m.Notes)-1].Lost || !strings.Contains(m.Notes[len(m.Notes)-1].Message, "word/media/gone.png") {
		t.Errorf("notes %v, want the missing picture reported", m.Notes)
	}
}
