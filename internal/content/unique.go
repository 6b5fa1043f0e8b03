package content

import (
	"bytes"
	"slices"
	"strings"

	"skillbook/internal/diag"
	"skillbook/internal/portable"
)

// checkUnique reports pages that share an id, and pages and files that would
// be written to the same place: the same URL, or URLs that differ only in
// case, which Windows and macOS store as one file.
func (l *loader) checkUnique() {
	byID := map[string]*Page{}
	byURL := map[string]*Page{}
	for _, p := range l.site.Pages() {
		if p.Source == nil {
			continue
		}
		if first, ok := byURL[portable.Fold(p.URL)]; ok {
			hint := "rename one of the files: the number in front of a name only sets the order"
			if first.URL != p.URL {
				hint = "rename one of the files: Windows and macOS do not tell names apart by case"
			}
			l.diags.Errorf(diag.AtLine(p.Path, p.Source, 1, 1), hint,
				"duplicate slug: %s and this file would both be written to %s", first.Path, p.URL)
			if p.Meta.ID == "" {
				continue // its default id is its URL: one report is enough
			}
		}
		byURL[portable.Fold(p.URL)] = p
		if first, ok := byID[p.ID]; ok {
			l.diags.Errorf(idPos(p), "give one of them another `id:` in its front matter",
				"duplicate id %q: %s has it too", p.ID, first.Path)
		} else {
			byID[p.ID] = p
		}
	}
}

// checkSameTitles warns of two skill points of one chapter with the same
// title: most often a copy of a file (Windows names it "… - 副本.md"),
// which would be a second skill point, listed and tracked apart.
func (l *loader) checkSameTitles() {
	for _, c := range l.site.Courses {
		for _, ch := range c.Chapters {
			byTitle := map[string]*Page{}
			for _, p := range ch.Skills {
				if p.Title() == "" {
					continue
				}
				first, ok := byTitle[p.Title()]
				if !ok {
					byTitle[p.Title()] = p
					continue
				}
				sameTitle(&l.diags, first, p)
			}
		}
	}
}

// SameTitle warns, as a full load does, when p, the page old read again,
// has the title of another skill point of old's chapter: serve checks a
// saved page so, without loading the site again.
func (s *Site) SameTitle(old, p *Page) diag.List {
	var out diag.List
	if p.Kind != KindSkill || p.Title() == "" {
		return out
	}
	for _, c := range s.Courses {
		for _, ch := range c.Chapters {
			if !slices.Contains(ch.Skills, old) {
				continue
			}
			for _, other := range ch.Skills {
				if other != old && other.Title() == p.Title() {
					sameTitle(&out, other, p)
				}
			}
		}
	}
	return out
}

// sameTitle warns of two skill points of a chapter with the same title,
// first the earlier, at the one that looks like a copy of the other.
func sameTitle(diags *diag.List, first, p *Page) {
	copied, other := p, first
	if strings.HasPrefix(strings.TrimSuffix(first.Path, ".md"), strings.TrimSuffix(p.Path, ".md")) {
		copied, other = first, p // "01-x - 副本.md" sorts before "01-x.md"
	}
	diags.Warnf(frontMatterPos(copied, "title"), "a copy of a file is a skill point of its own: delete the copy, or give one of them another title",
		"two skill points of this chapter are titled %q: %s and this file", p.Title(), other.Path)
}

// frontMatterPos is the position of the page's front-matter line key:,
// or of its first line.
func frontMatterPos(p *Page, key string) diag.Pos {
	if i := bytes.Index(p.Source, []byte("\n"+key+":")); i >= 0 && i < p.BodyStart {
		return diag.At(p.Path, p.Source, i+1)
	}
	return diag.AtLine(p.Path, p.Source, 1, 1)
}

// idPos is the position of the page's `id:` line, or of its first line.
func idPos(p *Page) diag.Pos {
	if p.Meta.ID != "" {
		return frontMatterPos(p, "id")
	}
	return diag.AtLine(p.Path, p.Source, 1, 1)
}

// checkFilesUnique reports files of content/ whose names differ only in
// case (or Unicode normalization): Windows and macOS store them as one.
func (l *loader) checkFilesUnique() {
	byURL := map[string]string{}
	for _, f := range l.site.Files {
		key := portable.Fold(f.URL)
		if first, ok := byURL[key]; ok {
			l.diags.Add(diag.Diagnostic{File: f.Path, Severity: diag.Error,
				Message: "this file and " + first + " would be one file on Windows and macOS: " + f.URL,
				Hint:    "rename one of them: Windows and macOS do not tell names apart by case"})
			continue
		}
		byURL[key] = f.Path
	}
}
