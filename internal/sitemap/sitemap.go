// Package sitemap writes sitemap.xml for a built site.
package sitemap

import (
	"bytes"
	"encoding/xml"
	"net/url"
	"strings"
)

// FileName is the sitemap's path in the output.
const FileName = "sitemap.xml"

// New returns a sitemap listing the page folders given relative to the
// output root. With a baseURL the locations are absolute, as search engines
// want; without one they stay relative to the sitemap.
func New(baseURL string, pages []string) []byte {
	base := ""
	if baseURL != "" {
		if u, err := url.Parse(baseURL); err == nil {
			baseURL = u.String() // its path escaped, as the pages' are (培训 课程: %E5%9F%B9…%20…)
		}
		base = strings.TrimSuffix(baseURL, "/") + "/"
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range pages {
		b.WriteString("  <url><loc>")
		_ = xml.EscapeText(&b, []byte(base+escapePath(p)))
		b.WriteString("</loc></url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// escapePath percent-encodes each segment of a slash path.
func escapePath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}
