package manual

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestNothingLostInFixtures: for every fixture, every character of the
// source's text that is not page chrome is in the imported files, in
// order, and every picture is shown.
func TestNothingLostInFixtures(t *testing.T) {
	fixtures := map[string][]byte{
		"seed.txt": readSeed(t), "short-articles.txt": []byte(shortArticles), "articles-only.txt": []byte(articlesOnly),
		"manual.docx": wordManual(t),
	}
	page := intranetPage(t)
	fixtures[page], _ = os.ReadFile(page)
	for name, data := range fixtures {
		t.Run(filepath.Base(name), func(t *testing.T) {
			checkNothingLostFile(t, name, data)
		})
	}
}

// checkNothingLost imports data as a text file and checks that every
// character of it that is not dropped chrome is in the files, in order.
func checkNothingLost(t *testing.T, data []byte) {
	t.Helper()
	checkNothingLostFile(t, "input.txt", data)
}

// checkNothingLostFile imports a file and checks that every character of
// its text (chrome aside) is in the files, in order, and that they show
// as many pictures as it has, but for those reported as not imported. A file the import refuses is not checked.
func checkNothingLostFile(t *testing.T, name string, data []byte) {
	t.Helper()
	m, _, err := Read(name, data)
	if err != nil {
		return
	}
	source, pictures := sourceText(t, name, data, m)
	var out strings.Builder
	// Without --title, the document's title line is the course's title.
	for _, f := range m.Files(Layout{Course: "c", Title: m.Title}) {
		if strings.HasSuffix(f.Path, ".md") {
			out.Write(f.Data)
		}
	}
	if i, ok := subsequence(source, out.String()); !ok {
		r := []rune(source)
		t.Errorf("input character %d (%q, in …%s…) is not in the output", i, r[i], string(r[max(0, i-10):min(len(r), i+10)]))
	}
	reported := 0
	for _, n := range m.Notes {
		if n.Lost && strings.Contains(n.Message, "picture") {
			reported++
		}
	}
	if shown := len(pictureRef.FindAllString(out.String(), -1)); shown+reported < pictures {
		t.Errorf("the input has %d picture(s), the output shows %d and the report names %d as not imported", pictures, shown, reported)
	}
}

// pictureRef matches a picture in Markdown, or a link to one that browsers
// cannot show (an EMF beside the page).
var pictureRef = regexp.MustCompile(`!\[(?:[^\]\\]|\\.)*\]\(|(?:^|[^!])\[(?:[^\]\\]|\\.)*\]\(images/`)

// sourceText is the text of a file that the import must keep, in reading
// order, and how many pictures it has.
func sourceText(t *testing.T, name string, data []byte, m *Manual) (string, int) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx":
		return wordText(t, data)
	case ".html", ".htm":
		return pageText(data)
	}
	text, _ := decodeText(data)
	var kept strings.Builder
	for _, l := range splitLines(text) {
		if !contains(m.Dropped, l.No) {
			kept.WriteString(l.Text)
		}
	}
	return kept.String(), 0
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// wordText is the text of a Word file's document.xml runs, a text box's
// after the paragraph it sits in, and how many pictures it shows.
func wordText(t *testing.T, data []byte) (string, int) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var root *xnode
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			root, _ = readTree(bytes.NewReader(b))
		}
	}
	var b strings.Builder
	pictures := 0
	var walk func(n *xnode, boxes *[]*xnode)
	walk = func(n *xnode, boxes *[]*xnode) {
		for _, k := range n.kids {
			switch k.name {
			case "t":
				b.WriteString(k.text.String())
			case "blip", "imagedata":
				pictures++
			case "txbxContent":
				*boxes = append(*boxes, k)
				continue
			case "p":
				var inner []*xnode
				walk(k, &inner)
				for _, box := range inner {
					walk(box, boxes)
				}
				continue
			}
			walk(k, boxes)
		}
	}
	if root != nil {
		walk(root, new([]*xnode))
	}
	return b.String(), pictures
}

// pageText is the text of an HTML page's body, its chrome (as the import
// removes and reports it) aside, and how many pictures it has.
func pageText(data []byte) (string, int) {
	data, _, _ = decodeHTML(data)
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", 0
	}
	h := &htmlReader{m: &Manual{}, src: string(data)}
	body := h.removeChrome(doc)
	pictures := 0
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Img && attrOf(n, "src") != "":
			pictures++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	return b.String(), pictures
}
