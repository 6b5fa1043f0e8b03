package manual

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// File is a file the import writes, its path relative to the site root.
type File struct {
	Path string
	Data []byte
}

// Layout says where an imported manual goes.
type Layout struct {
	// Course is the course's folder under content/; Title its title.
	Course string
	Title  string
	// Library are the numbers of the files content/library/ has, by the
	// rest of their names (01-服务质量.md: 服务质量 → 1; see LibraryOf).
	Library map[string]int
}

// libraryName is a library file's name: its number, and the rest.
var libraryName = regexp.MustCompile(`^([0-9]+)[-_.](.+)\.md$`)

// LibraryOf reads the numbers of the library's files from their names.
func LibraryOf(names []string) map[string]int {
	out := map[string]int{}
	for _, name := range names {
		if m := libraryName.FindStringSubmatch(name); m != nil {
			out[m[2]], _ = strconv.Atoi(m[1])
		}
	}
	return out
}

// articleNumbers numbers the articles of the names: an article the library has
// by its name keeps its number (an import again gives the same files, which
// import then finds there); the others follow the library's last number
// (a second manual's articles came out as 01-, 02- … beside the first's,
// their order mixed).
func (l Layout) articleNumbers(names []string) []int {
	next := 1
	for _, n := range l.Library {
		next = max(next, n+1)
	}
	out := make([]int, len(names))
	for i, name := range names {
		if n, ok := l.Library[name]; ok {
			out[i] = n
			continue
		}
		out[i], next = next, next+1
	}
	return out
}

// Files lays the manual out as content files: the course, a folder per
// chapter numbered as the manual numbers it, a file per skill point, the
// articles in content/library/, and the pictures in an images folder
// beside the pages that show them. The same manual gives the same files.
func (m *Manual) Files(l Layout) []File {
	pages := m.pages(l)
	var files []File
	written := map[string]bool{}
	for _, p := range pages {
		data := m.resolveBookmarks(p, pages)
		files = append(files, File{p.path, data})
		for _, name := range m.pictures(data) {
			img := path.Join(path.Dir(p.path), "images", name)
			if !written[img] {
				written[img] = true
				files = append(files, File{img, m.Media[name]})
			}
		}
	}
	return files
}

// laidPage is a page of the layout: its path, the line it starts at, and
// its Markdown.
type laidPage struct {
	path string
	// of is the chapter, skill point or article the page shows.
	of   any
	data []byte
}

func (m *Manual) pages(l Layout) []laidPage {
	course := "content/" + l.Course + "/"
	var pages []laidPage
	if len(m.Chapters) > 0 || len(m.Articles) == 0 { // a file of articles only makes no course

		pages = append(pages, laidPage{course + "_index.md", nil, page(l.Title, "", nil)})
	}
	chapters := slugs{}
	for i, ch := range m.Chapters {
		dir := course + fmt.Sprintf("%02d-%s/", chapterNumber(ch, i), chapters.of(chapterSlug(ch)))
		pages = append(pages, laidPage{dir + "_index.md", ch, page(ch.Title, "", ch.Intro)})
		skills := slugs{}
		for j, s := range ch.Skills {
			comment := ""
			if s.Marker != "" {
				comment = "# " + s.Marker
			}
			pages = append(pages, laidPage{dir + fmt.Sprintf("%02d-%s.md", j+1, skills.of(s.Title)), s, page(s.Title, comment, s.Blocks)})
		}
	}
	articles, names := slugs{}, make([]string, len(m.Articles))
	for i, a := range m.Articles {
		names[i] = articles.of(a.Title)
	}
	numbers := l.articleNumbers(names)
	for i, a := range m.Articles {
		pages = append(pages, laidPage{fmt.Sprintf("content/library/%02d-%s.md", numbers[i], names[i]), a, page(a.Title, "", a.Blocks)})
	}
	return pages
}

// slugs are the slugs given in one folder so far. A page's URL leaves its
// file's number out, so two files of one folder need two slugs: two
// manuals that each have a 第二章 made 01-第二章/ and 03-第二章/, both
// published at 第二章/, and the site did not build.
type slugs map[string]bool

// of returns the slug of title, with -2, -3… after it when the folder has
// it already (第二章-2: a chapter's whole title makes a long address).
func (s slugs) of(title string) string {
	base := Slug(title)
	slug := base
	for n := 2; s[slug]; n++ {
		slug = base + "-" + strconv.Itoa(n)
	}
	s[slug] = true
	return slug
}

// pictures lists the pictures a page's Markdown shows, in name order.
func (m *Manual) pictures(data []byte) []string {
	var names []string
	for name := range m.Media {
		if strings.Contains(string(data), "](images/"+name+")") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

var bookmarkRef = regexp.MustCompile("\x00bookmark:([^\x00]*)\x00")

// resolveBookmarks points the links to Word bookmarks at the page that
// holds the bookmarked paragraph (the page itself when it is not found).
func (m *Manual) resolveBookmarks(p laidPage, pages []laidPage) []byte {
	return bookmarkRef.ReplaceAllFunc(p.data, func(ref []byte) []byte {
		target := p
		if of, ok := m.targets[string(bookmarkRef.FindSubmatch(ref)[1])]; ok {
			for _, q := range pages {
				if q.of == of {
					target = q
				}
			}
		}
		return []byte(linkDestination(relativePath(p.path, target.path)))
	})
}

// relativePath is the link from the file from to the file to.
func relativePath(from, to string) string {
	fromDir := strings.Split(path.Dir(from), "/")
	toParts := strings.Split(to, "/")
	common := 0
	for common < len(fromDir) && common < len(toParts)-1 && fromDir[common] == toParts[common] {
		common++
	}
	return strings.Repeat("../", len(fromDir)-common) + strings.Join(toParts[common:], "/")
}

func chapterNumber(ch *Chapter, i int) int {
	if ch.Number > 0 {
		return ch.Number
	}
	return i + 1
}

// chapterSlug is the chapter's "第二章", or its title when it has none.
func chapterSlug(ch *Chapter) string {
	if m := chapterLine.FindStringSubmatch(ch.Title); m != nil {
		return strings.TrimSuffix(ch.Title, m[2])
	}
	return ch.Title
}
