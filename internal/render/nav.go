package render

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"skillbook/internal/content"
)

// The navigation every page repeats — breadcrumbs, table of contents,
// previous and next — is built in Go, as CourseNav is: html/template costs
// microseconds per action, and at 10,000 pages these were most of what
// templates still did. The output is what the former partials made, byte
// for byte (html/template's escaping included, which CourseNav shares);
// themes that want other markup can loop over .Crumbs, .TOC, .Prev and
// .Next themselves.

// Breadcrumbs is the trail of links from the home page to this one.
func (v *View) Breadcrumbs() template.HTML {
	var b strings.Builder
	b.WriteString(`<nav class="breadcrumbs" aria-label="` + escapeHTML(v.T("breadcrumbs")) + "\">\n<ol>")
	for _, c := range v.Crumbs {
		b.WriteString("\n<li><a " + v.href(c.URL) + ">" + escapeHTML(c.Title) + "</a></li>")
	}
	b.WriteString("\n<li aria-current=\"page\">" + escapeHTML(v.Title) + "</li>\n</ol>\n</nav>")
	return template.HTML(b.String())
}

// Contents is the page's table of contents, when it has two headings or
// more.
func (v *View) Contents() template.HTML {
	if len(v.TOC) < 2 {
		return ""
	}
	var b strings.Builder
	label := escapeHTML(v.T("toc"))
	b.WriteString("\n<nav class=\"toc\" aria-label=\"" + label + "\">\n<h2>" + label + "</h2>\n<ol>")
	for _, e := range v.TOC {
		b.WriteString("\n<li")
		if e.Level != 2 { // the usual level needs no class (0.6 MB of the skill pages at 10,000)
			b.WriteString(` class="toc-` + strconv.Itoa(e.Level) + `"`)
		}
		b.WriteString("><a href=\"#")
		b.WriteString(escapeHTML(fragment(e.ID)))
		b.WriteString(`">` + escapeHTML(e.Text) + "</a></li>")
	}
	b.WriteString("\n</ol>\n</nav>")
	return template.HTML(b.String())
}

// Pager links the previous and the next page.
func (v *View) Pager() template.HTML {
	var b strings.Builder
	b.WriteString(`<nav class="pager" aria-label="` + escapeHTML(v.T("pager")) + `">`)
	for _, step := range []struct {
		page *content.Page
		rel  string
	}{{v.Prev, "prev"}, {v.Next, "next"}} {
		if step.rel == "next" && v.NextQuiz != nil {
			b.WriteString(v.quizStep(step.page))
			continue
		}
		if step.page != nil {
			fmt.Fprintf(&b, `<a class="%s" rel="%s" %s><span>%s</span> %s</a>`,
				step.rel, step.rel, v.href(step.page.URL), escapeHTML(v.T(step.rel)), escapeHTML(step.page.Title()))
		}
	}
	b.WriteString("\n</nav>")
	return template.HTML(b.String())
}

// quizStep is the pager's next link on a chapter's last skill point: to the
// chapter's quiz, carrying the page after it, which progress.js links
// instead once the quiz is passed.
func (v *View) quizStep(after *content.Page) string {
	q := v.NextQuiz
	attrs := `data-quiz="` + escapeHTML(q.ID) + `"`
	if after != nil {
		attrs += ` data-after-href="` + escapeHTML(escapeURL(v.URL(after.URL), true)) + `" data-after-title="` + escapeHTML(after.Title()) +
			`" data-after-label="` + escapeHTML(v.T("next")) + `"`
	}
	return fmt.Sprintf(`<a class="next" rel="next" %s %s><span>%s</span> %s</a>`,
		v.href(q.URL()), attrs, escapeHTML(v.T("next_quiz")), escapeHTML(q.Title))
}

// href is the href attribute of a link to a page (its URL from the site's
// root), escaped as html/template escapes a URL in an attribute.
func (v *View) href(url string) string {
	return `href="` + escapeHTML(escapeURL(v.URL(url), true)) + `"`
}

// htmlEscaper escapes text as html/template does in text and quoted
// attributes.
var htmlEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

func escapeHTML(s string) string {
	if strings.IndexAny(s, "\x00\"&'+<>") < 0 {
		return s // most text: the replacer would copy it twice
	}
	return htmlEscaper.Replace(s)
}

// escapeURL percent-encodes s as html/template does: a whole URL is
// normalized (its reserved characters and valid escapes kept), a part of
// one (after "#") escaped.
func escapeURL(s string, whole bool) string {
	i := 0
	for i < len(s) && urlKeepsAt(s, i, whole) {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		if urlKeepsAt(s, i, whole) {
			b.WriteByte(s[i])
			continue
		}
		fmt.Fprintf(&b, "%%%02x", s[i])
	}
	return b.String()
}

// urlKeepsAt reports whether escapeURL keeps the byte s[i] as it is.
func urlKeepsAt(s string, i int, whole bool) bool {
	c := s[i]
	return urlKeeps(c) || whole && (strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0 || c == '%' && isEscape(s, i))
}

// fragment is a heading's id as the fragment of a link to it: as it is,
// Chinese included (#牢记要点, not #%e7%89%a2…: a third of the bytes, and
// the same link once the browser reads it), but for what the URL standard
// escapes in a fragment, and the % and # that would change what it names.
func fragment(id string) string {
	var b strings.Builder
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c <= ' ' || c == 0x7f || strings.IndexByte("\"<>`#%", c) >= 0 {
			fmt.Fprintf(&b, "%%%02x", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// urlKeeps reports the unreserved characters of RFC 3986.
func urlKeeps(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~", c) >= 0
}

// isEscape reports a valid %XX escape at s[i].
func isEscape(s string, i int) bool {
	hex := func(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
	return i+2 < len(s) && hex(s[i+1]) && hex(s[i+2])
}
