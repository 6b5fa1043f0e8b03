package render

import (
	"bytes"
	"html/template"

	"skillbook/internal/link"
	"skillbook/internal/output"
)

// aliasPage is what an alias's address holds: a page that sends the
// browser on to the page at once, to the same #section (a script; a
// refresh where scripts do not run), and links to it where it does not.
// Its links are relative and name index.html, so that it works under a
// sub-path and opened from disk.
var aliasPage = template.Must(template.New("alias").Parse(`<!DOCTYPE html>
<html lang="{{ .Lang }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }}</title>
<meta name="robots" content="noindex">
<script>location.replace({{ .To }} + location.hash)</script>
<meta http-equiv="refresh" content="0; url={{ .To }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<p>{{ .Moved }}<a href="{{ .To }}">{{ .Title }}</a></p>
</body>
</html>
`))

// aliasFiles are the pages at the site's pages' aliases (see
// content.Page.Aliases), which lead to them.
func (r *Renderer) aliasFiles() []output.File {
	var files []output.File
	lang := r.Site.Config.Language
	for _, p := range r.Site.Pages() {
		for _, a := range p.Aliases() {
			var b bytes.Buffer
			to := link.Rel(a+"/", p.URL) + "index.html"
			_ = aliasPage.Execute(&b, map[string]string{"Lang": lang, "Title": p.Title(), "To": to, "Moved": label(lang, "moved_to")})
			files = append(files, output.File{Path: a + "/index.html", Data: b.Bytes()})
		}
	}
	return files
}
