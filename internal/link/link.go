// Package link is the link stage: it resolves the relative links of the
// Markdown (to pages and to other files of content/), rewrites them relative
// to the linking page's place in the output, and works out the
// navigation that spans pages (previous/next, tags).
package link

import (
	"net/url"
	"path"
	"slices"
	"strings"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/portable"
)

// Graph is what the link stage knows about the site as a whole.
type Graph struct {
	// Prev and Next give a skill point's neighbours in reading order across
	// the chapters of its course.
	Prev, Next map[*content.Page]*content.Page
	// Chapter and Course give the parents of skill points and chapters.
	Chapter map[*content.Page]*content.Chapter
	Course  map[*content.Page]*content.Course
	// Tags maps each tag to its pages, in reading order; TagNames is sorted.
	Tags     map[string][]*content.Page
	TagNames []string
}

// Link resolves every page's links and builds the Graph.
func Link(site *content.Site) (*Graph, diag.List) {
	g := &Graph{Prev: map[*content.Page]*content.Page{}, Next: map[*content.Page]*content.Page{},
		Chapter: map[*content.Page]*content.Chapter{}, Course: map[*content.Page]*content.Course{},
		Tags: map[string][]*content.Page{}}
	for _, c := range site.Courses {
		g.linkCourse(c)
	}
	for _, p := range site.Pages() {
		for _, t := range p.Meta.Tags {
			g.Tags[t] = append(g.Tags[t], p)
		}
	}
	for t := range g.Tags {
		g.TagNames = append(g.TagNames, t)
	}
	slices.Sort(g.TagNames)
	return g, rewriteLinks(site)
}

func (g *Graph) linkCourse(c *content.Course) {
	var prev *content.Page
	g.Course[c.Page] = c
	for _, ch := range c.Chapters {
		g.Course[ch.Page] = c
		for _, s := range ch.Skills {
			g.Chapter[s], g.Course[s] = ch, c
			if prev != nil {
				g.Prev[s], g.Next[prev] = prev, s
			}
			prev = s
		}
	}
}

// TagURL returns the folder of a tag's page, relative to the output root:
// the tag itself when every file system can store it, else a name made
// storable that the hash of the tag keeps apart from every other tag's,
// also from those that differ only in case (see portable.FoldedName).
func TagURL(tag string) string {
	return "tags/" + portable.FoldedName(tag) + "/"
}

// Rel returns the shortest relative URL from the page at folder from to to
// (both relative to the output root; folders are "" or end in "/").
func Rel(from, to string) string {
	common := 0
	for i := 0; i < len(from) && i < len(to) && from[i] == to[i]; i++ {
		if from[i] == '/' {
			common = i + 1
		}
	}
	rel := strings.Repeat("../", strings.Count(from[common:], "/")) + to[common:]
	if rel == "" {
		return "./"
	}
	return rel
}

// rewriteLinks points relative links to other pages' Markdown files, and to
// the other files of content/, at their place in the output, and reports
// links to files that do not exist.
func rewriteLinks(site *content.Site) diag.List {
	t := TargetsOf(site)
	var diags diag.List
	for _, p := range site.Pages() {
		diags = append(diags, RewritePage(p, t)...)
	}
	return diags
}

// Targets are what a page's links may point at: the site's pages and
// files (see URLs), their headings (see Anchors), and the source paths of
// its drafts, which are not published.
type Targets struct {
	URLs    map[string]string
	Anchors map[string][]string
	Drafts  map[string]bool
}

// TargetsOf returns the targets of a site's links.
func TargetsOf(site *content.Site) Targets {
	t := Targets{URLs: URLs(site), Anchors: Anchors(site), Drafts: map[string]bool{}}
	for _, p := range site.Drafts {
		t.Drafts[p.Path] = true
	}
	return t
}

// URLs maps the source path of every page and file of the site to its place
// in the output, and that place, with a / before it, to itself (see
// rootTarget).
func URLs(site *content.Site) map[string]string {
	urls := map[string]string{}
	for _, p := range site.Pages() {
		urls[p.Path], urls["/"+p.URL] = p.URL, p.URL
	}
	for _, f := range site.Files {
		urls[f.Path], urls["/"+f.URL] = f.URL, f.URL
	}
	return urls
}

// RewritePage rewrites one page's relative links to their targets, warns
// of those whose #fragment names no heading, and reports those that point
// at nothing or at a draft.
func RewritePage(p *content.Page, t Targets) diag.List {
	if p.Doc == nil {
		return nil
	}
	urls, anchors := t.URLs, t.Anchors
	var diags diag.List
	for _, l := range p.Doc.Links {
		target, fragment, ok := localTarget(p.Path, l.Destination())
		pos := func() diag.Pos { return diag.At(p.Path, p.Source, p.BodyStart+l.Offset) } // only on an error: it scans the file
		if own, isFragment := strings.CutPrefix(l.Destination(), "#"); isFragment {
			checkFragment(&diags, "#"+own, p.URL, "this page", anchors, pos)
			continue
		}
		if to, fragment, inSite, found := rootTarget(urls, l.Destination()); inSite {
			if found {
				l.SetDestination(Rel(p.URL, to) + fragment)
				checkFragment(&diags, fragment, to, "/"+to, anchors, pos)
			} else {
				diags.Errorf(pos(), rootHint, "link to a page of this site that does not exist: %s", l.Destination())
			}
			continue
		}
		if !ok {
			if onThisComputer(l.Destination()) {
				diags.Errorf(pos(), "copy the file into content/, beside this page, and link to it from here, e.g. images/photo.png",
					"link to a file on this computer, which the site's readers do not have: %s", l.Destination())
			}
			continue
		}
		if to, found := lookUp(urls, target); found {
			l.SetDestination(Rel(p.URL, to) + fragment)
			checkFragment(&diags, fragment, to, target, anchors, pos)
			continue
		}
		if t.Drafts[target] {
			diags.Errorf(pos(), "publish it (remove `draft: true` from its front matter), or take the link out while it is a draft", "link to a draft, which is not published: %s", l.Destination())
			continue
		}
		diags.Errorf(pos(), hintFor(target, urls), "link to a file that does not exist: %s", l.Destination())
	}
	return diags
}

// rootHint is the hint of a link from the site's root to nothing.
const rootHint = "link to the page's .md file, relative to this one, e.g. ../02-chapter/01-skill.md: the link then works wherever the site is published"

// rootTarget finds the page or file that a link from the site's root (/cs/
// ch/skill/, as the trainer sees in the address bar under `serve`) points
// at, with its #fragment: written as is, such a link leaves the site when
// it is published under a sub-path or opened from disk. inSite says the
// link is to a course or other folder of the site (/cs/…), where a page
// not found is a broken link; other links from the root (/intranet/…)
// are left as they are.
func rootTarget(urls map[string]string, dest string) (to, fragment string, inSite, found bool) {
	u, err := url.Parse(dest)
	if err != nil || u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, "/") {
		return "", "", false, false
	}
	if u.Fragment != "" {
		fragment = "#" + u.Fragment
	}
	p := strings.TrimSuffix(u.Path, "index.html")
	keys := []string{p, p + "/"}
	for _, key := range keys {
		if to, found := urls[key]; found {
			return to, fragment, true, true
		}
	}
	first, _, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	if _, inSite = urls["/"+first+"/"]; !inSite || first == "" {
		return "", "", false, false // not the site's: no search through every path
	}
	for _, key := range keys {
		if to, found := lookUp(urls, key); found { // written in another case
			return to, fragment, true, true
		}
	}
	return "", "", true, false
}

// lookUp finds a link's target, also when its case differs from the file's:
// Windows and macOS open such a link while the trainer writes, and the
// built site links to the file by its own name, so that it works on every
// host.
func lookUp(urls map[string]string, target string) (string, bool) {
	if to, found := urls[target]; found {
		return to, true
	}
	folded := portable.Fold(target)
	for src, to := range urls {
		if portable.Fold(src) == folded {
			return to, true
		}
	}
	return "", false
}

// onThisComputer reports a link to an absolute path on a Windows drive
// (C:\, D:/) or to a file: URL.
func onThisComputer(dest string) bool {
	lower := strings.ToLower(dest)
	return strings.HasPrefix(lower, "file:") ||
		len(dest) >= 3 && dest[1] == ':' && (dest[2] == '\\' || dest[2] == '/') && ('a' <= lower[0] && lower[0] <= 'z')
}

// localTarget returns the source path that a relative link points at (a
// folder means its _index.md) and the link's #fragment. ok is false for
// links that leave the site's files: other sites, absolute paths, fragments.
// A backslash separates folders, as on Windows.
func localTarget(from, dest string) (target, fragment string, ok bool) {
	if onThisComputer(dest) {
		return "", "", false
	}
	u, err := url.Parse(strings.ReplaceAll(dest, `\`, "/")) // as typed on Windows
	if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" || strings.HasPrefix(u.Path, "/") {
		return "", "", false
	}
	p := u.Path
	if strings.HasSuffix(p, "/") {
		p += "_index.md"
	}
	if u.Fragment != "" {
		fragment = "#" + u.Fragment
	}
	return path.Join(path.Dir(from), p), fragment, true
}

func hintFor(target string, urls map[string]string) string {
	var names []string
	for src := range urls {
		if path.Dir(src) == path.Dir(target) {
			names = append(names, path.Base(src))
		}
	}
	slices.Sort(names)
	if len(names) == 0 {
		return "links are relative to this file, e.g. ../02-chapter/01-skill.md or images/photo.png"
	}
	return diag.DidYouMean(path.Base(target), names)
}
