package manual

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// xnode is an element of an XML part, by local name: Word's parts are
// small enough to read whole, and a tree makes tables and runs easy to walk.
type xnode struct {
	name  string
	attrs []xml.Attr
	kids  []*xnode
	text  strings.Builder
}

// readTree reads an XML document into a tree of elements. The branches of
// mc:AlternateContent other than the first choice are skipped, so that
// what Word writes twice (a text box and its fallback) is read once.
func readTree(r io.Reader) (*xnode, error) {
	dec := xml.NewDecoder(r)
	root := &xnode{}
	stack := []*xnode{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return root, nil
		}
		if err != nil {
			return nil, errors.New("reading the Word file: " + err.Error())
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if skippedBranch(t, top) {
				if err := dec.Skip(); err != nil {
					return nil, errors.New("reading the Word file: " + err.Error())
				}
				continue
			}
			n := &xnode{name: t.Name.Local, attrs: t.Attr}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top.text.Write(t)
		}
	}
}

// skippedBranch reports a mc:Fallback, or a second mc:Choice.
func skippedBranch(t xml.StartElement, parent *xnode) bool {
	if parent.name != "AlternateContent" {
		return false
	}
	return t.Name.Local == "Fallback" || len(parent.kids) > 0
}

// attr returns the value of the attribute with the local name, or "".
func (n *xnode) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// child returns the first child element with the local name, or nil.
func (n *xnode) child(name string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// path follows children by name: n.path("pPr", "pStyle").
func (n *xnode) path(names ...string) *xnode {
	for _, name := range names {
		n = n.child(name)
	}
	return n
}

// val returns the w:val of the child at path, or "".
func (n *xnode) val(names ...string) string {
	if c := n.path(names...); c != nil {
		return c.attr("val")
	}
	return ""
}

// each calls f for every element under n, depth first, in document order;
// f returning false skips the element's children.
func (n *xnode) each(f func(*xnode) bool) {
	for _, k := range n.kids {
		if f(k) {
			k.each(f)
		}
	}
}
