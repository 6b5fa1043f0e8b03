package manual

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// intranetPage writes the saved intranet page and its picture into a
// folder, as a browser's "save page" does, and returns the page's path.
func intranetPage(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	page, err := os.ReadFile("testdata/intranet-page.html")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "page_files"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"page.html": page, "page_files/service-desk.png": testPNG(t)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "page.html")
}

// TestHTMLPage: a page saved from an intranet keeps its structure, emphasis,
// lists, table and pictures (the local one copied, the remote one a link);
// its header, navigation, comments, sidebar and footer are removed and
// reported.
func TestHTMLPage(t *testing.T) {
	name := intranetPage(t)
	data, _ := os.ReadFile(name)
	m, encoding, err := Read(name, data)
	if err != nil || encoding != "HTML, UTF-8" {
		t.Fatalf("read as %q: %v", encoding, err)
	}
	checkGolden(t, "intranet-page.txt", importDump(m, Layout{Course: "service", Title: m.Title}))
}

// TestHTMLPageGBK: a page saved as GBK, as Chinese sites often serve, is
// decoded by its <meta>.
func TestHTMLPageGBK(t *testing.T) {
	page := `<html><head><meta charset="gbk"></head><body><p>技能点1 如何受理投诉</p><p>技能描述</p><p>受理投诉要耐心。</p></body></html>`
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	m, encoding, err := Read("page.htm", []byte(gbk))
	if err != nil || encoding != "HTML, GBK" {
		t.Fatalf("read as %q: %v", encoding, err)
	}
	if m.SkillCount() != 1 || m.Chapters[0].Skills[0].Title != "如何受理投诉" || m.Chapters[0].Skills[0].Blocks[1].Text != "受理投诉要耐心。" {
		t.Errorf("read %+v", m.Chapters[0].Skills[0])
	}
}
