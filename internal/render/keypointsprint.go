package render

import (
	"html/template"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"skillbook/internal/content"
)

// KeyPointsPrint is what a list's skill point carries in data-kps for
// progress.js to tell whether it is mastered: a fingerprint of its key
// points' ids, not the ids (on a skill page of a 10,000-point site the ids
// of the chapter's skill points in the course contents were 0.7 KB of
// 14 KB). progress.js compares it with the print of the key points the
// trainee ticked (progress-core.js keyPointsPrint, the same function).
func (v *View) KeyPointsPrint(p *content.Page) string {
	return v.shared.print(p)
}

// keyPointsPrint is the FNV-1a hash (32 bits) of the UTF-16 code units of
// the ids sorted and joined by spaces, in base 36: as JavaScript sorts and
// reads strings, so that both sides agree on any id.
func keyPointsPrint(ids []string) string {
	ids = slices.Clone(ids)
	slices.SortFunc(ids, func(a, b string) int { return slices.Compare(utf16.Encode([]rune(a)), utf16.Encode([]rune(b))) })
	h := uint32(2166136261)
	for _, u := range utf16.Encode([]rune(strings.Join(ids, " "))) {
		h ^= uint32(u)
		h *= 16777619
	}
	return strconv.FormatUint(uint64(h), 36)
}

// ListedID is the data-id attribute a list's skill point needs: none when
// the id is the page's URL without its last slash, as ids are unless the
// front matter sets one (progress.js reads it from the link then).
func (v *View) ListedID(p *content.Page) template.HTMLAttr { return template.HTMLAttr(listedID(p)) }

func listedID(p *content.Page) string {
	if p.ID == strings.TrimSuffix(p.URL, "/") {
		return ""
	}
	return ` data-id="` + escapeHTML(p.ID) + `"`
}
