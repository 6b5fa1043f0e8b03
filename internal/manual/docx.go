package manual

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// wordFile is a Word file (.docx) opened: its parts by name, and what the
// main document refers to (styles, numbering, relationships, notes).
type wordFile struct {
	parts     map[string]*zip.File
	styles    map[string]wordStyle
	numbering *numbering
	rels      map[string]relation
	footnotes map[string]*xnode
	endnotes  map[string]*xnode
}

// relation is a target of document.xml.rels: a picture in the file, or a
// link to another site.
type relation struct {
	target   string
	external bool
}

// maxPart is the most a part of a Word file may unpack to.
const maxPart = 64 << 20

// openWord opens a Word file and reads the parts the main document needs.
func openWord(data []byte) (*wordFile, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errors.New("a damaged Word file (.docx), or not one (" + err.Error() + "): open it in Word or WPS, save it again as .docx, and import that")
	}
	w := &wordFile{parts: map[string]*zip.File{}}
	for _, f := range zr.File {
		w.parts[f.Name] = f
	}
	switch {
	case w.parts["word/document.xml"] != nil:
	case w.parts["xl/workbook.xml"] != nil:
		return nil, errors.New("an Excel workbook, not a Word document (.docx): copy its text into a Word document or a .txt file, and import that")
	case w.parts["ppt/presentation.xml"] != nil:
		return nil, errors.New("a PowerPoint file, not a Word document (.docx): copy its text into a Word document or a .txt file, and import that")
	default:
		return nil, errors.New("a zip archive, not a Word document (.docx): it holds no word/document.xml; import the .docx, .txt or .html files it holds")
	}
	styles, _ := w.tree("word/styles.xml")
	w.styles = readStyles(styles)
	numbering, _ := w.tree("word/numbering.xml")
	w.numbering = readNumbering(numbering)
	w.rels = w.readRels("word/_rels/document.xml.rels")
	w.footnotes = w.notes("word/footnotes.xml", "footnote")
	w.endnotes = w.notes("word/endnotes.xml", "endnote")
	return w, nil
}

// read returns a part's bytes, nil when the file has no such part.
func (w *wordFile) read(name string) ([]byte, error) {
	f := w.parts[name]
	if f == nil {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("reading %s of the Word file: %v", name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
	if err == nil && len(b) > maxPart {
		err = errors.New("too large")
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s of the Word file: %v", name, err)
	}
	return b, nil
}

// tree reads an XML part; nil when the file has no such part.
func (w *wordFile) tree(name string) (*xnode, error) {
	b, err := w.read(name)
	if b == nil || err != nil {
		return nil, err
	}
	return readTree(bytes.NewReader(b))
}

func (w *wordFile) readRels(name string) map[string]relation {
	rels := map[string]relation{}
	root, _ := w.tree(name)
	for _, r := range root.child("Relationships").kidsNamed("Relationship") {
		rels[r.attr("Id")] = relation{target: r.attr("Target"), external: r.attr("TargetMode") == "External"}
	}
	return rels
}

// notes reads footnotes.xml or endnotes.xml: each note by its id, Word's
// separators left out.
func (w *wordFile) notes(name, element string) map[string]*xnode {
	notes := map[string]*xnode{}
	root, _ := w.tree(name)
	for _, n := range root.child(element + "s").kidsNamed(element) {
		if t := n.attr("type"); t == "" || t == "normal" {
			notes[n.attr("id")] = n
		}
	}
	return notes
}

// mediaPath is the part a picture relationship points at.
func mediaPath(target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/")
	}
	return path.Join("word", target)
}

// dropped counts what an import leaves out of a Word file: headers and
// footers with text, and comments.
func (w *wordFile) dropped() (headers, comments int) {
	for name := range w.parts {
		if strings.HasPrefix(name, "word/header") || strings.HasPrefix(name, "word/footer") {
			if root, _ := w.tree(name); root != nil && strings.TrimSpace(plainText(root)) != "" {
				headers++
			}
		}
	}
	root, _ := w.tree("word/comments.xml")
	comments = len(root.child("comments").kidsNamed("comment"))
	return headers, comments
}

// plainText is the text of every w:t under n.
func plainText(n *xnode) string {
	var b strings.Builder
	n.each(func(k *xnode) bool {
		if k.name == "t" {
			b.WriteString(k.text.String())
		}
		return true
	})
	return b.String()
}
