package manual

import (
	"path"
	"strconv"
	"strings"
)

// Merge makes one manual of several, read from files given in this order:
// their chapters one after the other (numbered by their place when the
// files' own numbers would clash), their articles, their pictures
// (renamed when two files have pictures of the same name). Notes stay
// with each file's own manual.
func Merge(ms []*Manual) *Manual {
	if len(ms) == 1 {
		return ms[0]
	}
	out := &Manual{Unit: "line", Media: map[string][]byte{}, targets: map[string]any{}}
	for k, m := range ms {
		if out.Title == "" {
			out.Title = m.Title
		}
		prefix := strconv.Itoa(k+1) + "/"
		renames := map[string]string{}
		for name, data := range m.Media {
			unique := name
			for i := 2; out.Media[unique] != nil; i++ {
				unique = strings.TrimSuffix(name, path.Ext(name)) + "-" + strconv.Itoa(i) + path.Ext(name)
			}
			out.Media[unique] = data
			renames["](images/"+name+")"] = "](images/" + unique + ")"
		}
		for name, target := range m.targets {
			out.targets[prefix+name] = target
		}
		m.eachText(func(s string) string {
			s = bookmarkRef.ReplaceAllString(s, "\x00bookmark:"+prefix+"$1\x00")
			for old, new := range renames {
				s = strings.ReplaceAll(s, old, new)
			}
			return s
		})
		out.Chapters = append(out.Chapters, m.Chapters...)
		out.Articles = append(out.Articles, m.Articles...)
	}
	noteSameNames(ms)
	for i := 1; i < len(out.Chapters); i++ {
		if out.Chapters[i].Number <= out.Chapters[i-1].Number {
			for _, ch := range out.Chapters {
				ch.Number = 0
			}
			break
		}
	}
	return out
}

// noteSameNames tells, in each file's notes, of a chapter whose name a
// chapter of a file before it has: its folder and address get a number
// after the name (see slugs), and a trainee sees two chapters of one name.
func noteSameNames(ms []*Manual) {
	seen := map[string]bool{}
	for _, m := range ms {
		mine := map[string]bool{}
		for _, ch := range m.Chapters {
			slug := Slug(chapterSlug(ch))
			if seen[slug] && !mine[slug] {
				m.note(ch.Line, "a file before this one has a chapter 「%s」 too: this one's folder and address get a number after the name (%s-2…); give one of them another title in its _index.md", strings.TrimSpace(chapterSlug(ch)), slug)
			}
			mine[slug] = true
		}
		m.sortNotes()
		for slug := range mine {
			seen[slug] = true
		}
	}
}

// eachText rewrites every text of the manual's blocks with f.
func (m *Manual) eachText(f func(string) string) {
	rewrite := func(bs []Block) {
		for i := range bs {
			b := &bs[i]
			b.Text = f(b.Text)
			for j := range b.Items {
				b.Items[j] = f(b.Items[j])
			}
			for _, row := range b.Rows {
				for j := range row {
					row[j] = f(row[j])
				}
			}
			for j := range b.Notes {
				b.Notes[j] = f(b.Notes[j])
			}
		}
	}
	for _, ch := range m.Chapters {
		rewrite(ch.Intro)
		for _, s := range ch.Skills {
			rewrite(s.Blocks)
		}
	}
	for _, a := range m.Articles {
		rewrite(a.Blocks)
	}
}

// findTargets finds the chapter, skill point or article that holds each
// bookmark: the last to start before the bookmarked paragraph.
func (m *Manual) findTargets() {
	m.targets = map[string]any{}
	for name, para := range m.Bookmarks {
		var target any
		for _, ch := range m.Chapters {
			if ch.Line <= para {
				target = ch
			}
			for _, s := range ch.Skills {
				if s.Line <= para {
					target = s
				}
			}
		}
		for _, a := range m.Articles {
			if a.Line <= para {
				target = a
			}
		}
		if target != nil {
			m.targets[name] = target
		}
	}
}
