package content

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"skillbook/internal/diag"
	"skillbook/internal/yamldoc"
)

const fenceHint = "start the file with a front matter block:\n        ---\n        title: 页面标题\n        ---"

// readPage checks that src is UTF-8, splits off its front matter and decodes
// it. The returned page has Path, Source, BodyStart and Meta set.
func readPage(path string, src []byte) (*Page, diag.List) {
	var diags diag.List
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if !utf8.Valid(src) {
		diags.Add(diag.NotUTF8(path, src))
		return nil, diags
	}
	p := &Page{Path: path, Source: src}
	yamlText, bodyStart, ok := splitFrontMatter(src)
	if !ok {
		diags.Errorf(diag.AtLine(path, src, 1, 1), fenceHint, "missing front matter")
		return nil, diags
	}
	if bodyStart < 0 {
		diags.Errorf(diag.AtLine(path, src, 1, 1), "end the front matter with a line of three dashes: ---", "front matter is not closed")
		return nil, diags
	}
	p.BodyStart = bodyStart
	doc := yamldoc.Doc{Path: path, File: src, Text: yamlText, FirstLine: 2}
	tree, diags := doc.Parse("front matter", &p.Meta)
	if tree != nil {
		tree.Booleans(yamldoc.ChineseBooleans, "draft", "drills")
		diags = append(diags, tree.Decode(&p.Meta, "front matter")...)
		diags = append(diags, fullWidthCommaTags(tree, p.Meta.Tags)...)
	}
	if p.Meta.Title == "" && !diags.HasErrors() {
		diags.Errorf(diag.AtLine(path, src, 1, 1), "add a line `title: …` between the --- lines", "missing title in front matter")
	}
	return p, diags
}

// splitFrontMatter returns the YAML between the opening and closing --- lines
// and the offset where the body starts (-1 when the block is not closed).
// ok is false when the file does not open with ---.
func splitFrontMatter(src []byte) (yamlText []byte, bodyStart int, ok bool) {
	first, rest, _ := bytes.Cut(src, []byte("\n"))
	if string(bytes.TrimRight(first, " \r")) != "---" {
		return nil, 0, false
	}
	start := len(first) + 1
	off := start
	for off <= len(src) && rest != nil {
		line, next, found := bytes.Cut(rest, []byte("\n"))
		t := string(bytes.TrimRight(line, " \r"))
		if t == "---" || t == "..." {
			end := off + len(line)
			if found {
				end++
			}
			return src[start:off], end, true
		}
		if !found {
			break
		}
		off += len(line) + 1
		rest = next
	}
	return nil, -1, true
}

// fullWidthCommaTags warns of tags that hold a full-width comma: typed with
// a Chinese input method on, `[培训，系统]` is one tag, not two.
func fullWidthCommaTags(tree *yamldoc.Tree, tags []string) diag.List {
	var diags diag.List
	for i, tag := range tags {
		if !strings.Contains(tag, yamldoc.FullWidthComma) {
			continue
		}
		diags.Warnf(tree.At("tags", i), fmt.Sprintf("write `tags: [%s]` if these are several tags", strings.Join(yamldoc.SplitFullWidth(tags), ", ")),
			"tag %q holds a full-width comma: tags are separated by ASCII commas", tag)
	}
	return diags
}
