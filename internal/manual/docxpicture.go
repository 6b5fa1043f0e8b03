package manual

import (
	"cmp"
	"path"
	"strconv"
	"strings"
)

// drawing reads a w:drawing, w:pict or w:object: its pictures (DrawingML's
// a:blip, VML's v:imagedata) and its text boxes, read later as paragraphs.
func (in *inline) drawing(n *xnode) {
	descr := ""
	n.each(func(k *xnode) bool {
		switch k.name {
		case "docPr":
			descr = strings.TrimSpace(k.attr("descr"))
			if descr == "" {
				descr = strings.TrimSpace(k.attr("title"))
			}
		case "blip", "imagedata":
			in.picture(k, cmp.Or(descr, strings.TrimSpace(k.attr("title"))))
		case "txbxContent":
			in.boxes = append(in.boxes, k)
			return false
		}
		return true
	})
}

// picture adds the picture a relationship points at: written beside the
// page when it is in the file, a link when it is elsewhere.
func (in *inline) picture(k *xnode, descr string) {
	id := k.attr("embed")
	if id == "" {
		id = k.attr("id")
	}
	rel, ok := in.d.w.rels[id]
	if link := k.attr("link"); !ok && link != "" {
		rel, ok = in.d.w.rels[link]
	}
	if !ok {
		return
	}
	if rel.external {
		in.add(segment{md: "![" + escapeInline(descr) + "](" + linkDestination(rel.target) + ")"})
		in.d.m.note(in.para, "a picture linked from outside the file is kept as a link: %s", rel.target)
		return
	}
	name, ok := in.d.mediaName(mediaPath(rel.target), in.para)
	if !ok {
		return
	}
	alt := cmp.Or(descr, name)
	in.pics = append(in.pics, picture{name: name, described: descr != ""})
	in.add(segment{md: pictureMarkdown(alt, name)})
	if !displayable(name) {
		in.d.m.note(in.para, "picture %s (%s) cannot be shown in a browser: copied beside the page and linked; convert it to PNG", name, strings.ToUpper(strings.TrimPrefix(path.Ext(name), ".")))
	}
}

// mediaName returns the file name a picture part is written as, reading
// it the first time: the same picture used twice is one file.
func (d *docxReader) mediaName(part string, para int) (string, bool) {
	if name, ok := d.media[part]; ok {
		return name, true
	}
	data, err := d.w.read(part)
	if data == nil || err != nil {
		d.m.lost(para, "a picture is missing from the Word file (%s)", part)
		return "", false
	}
	name := uniqueMediaName(d.m.Media, path.Base(part))
	d.media[part] = name
	d.m.Media[name] = data
	return name, true
}

// uniqueMediaName is a file name for a picture that no other picture of
// the manual has, safe in a file system and in a Markdown link.
func uniqueMediaName(media map[string][]byte, base string) string {
	ext := strings.ToLower(path.Ext(base))
	stem := strings.Trim(unsafeInLink.Replace(Slug(strings.TrimSuffix(base, path.Ext(base)))), "-")
	name := cmp.Or(stem, "picture") + ext
	for i := 2; media[name] != nil; i++ {
		name = cmp.Or(stem, "picture") + "-" + strconv.Itoa(i) + ext
	}
	return name
}

// unsafeInLink are the characters that would end a Markdown link's
// destination.
var unsafeInLink = strings.NewReplacer("(", "-", ")", "-", "[", "-", "]", "-", "<", "-", ">", "-")
