package content

import (
	"bytes"

	"skillbook/internal/diag"
)

// checkUnique reports pages that share an id or would be written to the same URL.
func (l *loader) checkUnique() {
	byID := map[string]*Page{}
	byURL := map[string]*Page{}
	for _, p := range l.site.Pages() {
		if p.Source == nil {
			continue
		}
		if first, ok := byURL[p.URL]; ok {
			l.diags.Errorf(diag.AtLine(p.Path, p.Source, 1, 1), "rename one of the files: the number in front of a name only sets the order",
				"duplicate slug: %s and this file would both be written to %s", first.Path, p.URL)
			if p.Meta.ID == "" {
				continue // its default id is its URL: one report is enough
			}
		}
		byURL[p.URL] = p
		if first, ok := byID[p.ID]; ok {
			l.diags.Errorf(idPos(p), "give one of them another `id:` in its front matter",
				"duplicate id %q: %s has it too", p.ID, first.Path)
		} else {
			byID[p.ID] = p
		}
	}
}

// idPos is the position of the page's `id:` line, or of its first line.
func idPos(p *Page) diag.Pos {
	if p.Meta.ID != "" {
		if i := bytes.Index(p.Source, []byte("\nid:")); i >= 0 && i < p.BodyStart {
			return diag.At(p.Path, p.Source, i+1)
		}
	}
	return diag.AtLine(p.Path, p.Source, 1, 1)
}
