package manual

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestMerge: several files make one course, chapters in the order given
// (numbered by place when the files' numbers clash, their folders' names
// made unique so that their addresses differ), pictures of the same
// name renamed, links to bookmarks still pointing into their own file.
func TestMerge(t *testing.T) {
	word, _, err := Read("manual.docx", wordManual(t))
	if err != nil {
		t.Fatal(err)
	}
	again, _, _ := Read("manual2.docx", wordManual(t))
	name := intranetPage(t)
	data, _ := os.ReadFile(name)
	page, _, _ := Read(name, data)
	text := Parse(shortArticles)
	m := Merge([]*Manual{word, text, again, page})
	var paths []string
	files := map[string]string{}
	for _, f := range m.Files(Layout{Course: "c", Title: m.Title}) {
		paths = append(paths, f.Path)
		files[f.Path] = string(f.Data)
	}
	want := []string{
		"content/c/_index.md",
		"content/c/01-第二章/_index.md",
		"content/c/01-第二章/01-如何架设联系客户的桥梁.md",
		"content/c/01-第二章/images/image1.png",
		"content/c/01-第二章/02-如何确定服务的目标市场.md",
		"content/c/01-第二章/images/image2.emf",
		"content/c/02-第二章-2/_index.md",
		"content/c/02-第二章-2/01-如何进行客户服务培训前的工作.md",
		"content/c/03-第二章-3/_index.md",
		"content/c/03-第二章-3/01-如何架设联系客户的桥梁.md",
		"content/c/03-第二章-3/images/image1-2.png",
		"content/c/03-第二章-3/02-如何确定服务的目标市场.md",
		"content/c/03-第二章-3/images/image2-2.emf",
		"content/c/04-第二章-4/_index.md",
		"content/c/04-第二章-4/01-如何架设联系客户的桥梁.md",
		"content/c/04-第二章-4/images/service-desk.png",
		"content/library/01-服务质量保证方法.md",
		"content/library/02-转变服务模式.md",
	}
	if !slices.Equal(paths, want) {
		t.Errorf("files:\n%s\nwant:\n%s", strings.Join(paths, "\n"), strings.Join(want, "\n"))
	}
	second := files["content/c/03-第二章-3/01-如何架设联系客户的桥梁.md"]
	for _, s := range []string{"](images/image1-2.png)", "[如何确定服务的目标市场](02-如何确定服务的目标市场.md)"} {
		if !strings.Contains(second, s) {
			t.Errorf("the second Word file's skill point lacks %s:\n%s", s, second)
		}
	}
	if m.Title != "客户服务管理" {
		t.Errorf("title %q", m.Title)
	}
}
