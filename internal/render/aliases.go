package render

import (
	"bytes"
	"html/template"

	"skillbook/internal/content"
	"skillbook/internal/link"
	"skillbook/internal/output"
)

// aliasPage is what an alias's address holds: a page that sends the
// browser on to the page at once, to the same #section (a script, which
// leads to the page's folder over http and to its index.html from disk; a
// refresh to index.html where scripts do not run), and links to it where
// it does not. Its links are relative, so that it works under a sub-path
// and opened from disk.
var aliasPage = template.Must(template.New("alias").Parse(`<!DOCTYPE html>
<html lang="{{ .Lang }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }}</title>
<meta name="robots" content="noindex">
<script>location.replace((location.protocol === "file:" ? {{ .To }} : {{ .Dir }}) + location.hash)</script>
<meta http-equiv="refresh" content="0; url={{ .To }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<p>{{ .Moved }}<a href="{{ .To }}">{{ .Title }}</a></p>
</body>
</html>
`))

// aliasFiles are the pages at the aliases of the site's pages (see
// content.Page.Aliases) and quizzes, which lead to them.
func (r *Renderer) aliasFiles() []output.File {
	var files []output.File
	for _, p := range r.Site.Pages() {
		for _, a := range p.Aliases() {
			files = append(files, r.aliasFile(a, p.URL, p.Title()))
		}
	}
	for _, q := range r.Quizzes {
		for _, a := range q.Aliases {
			if a = content.AliasPath(a); !q.Drill && a != "" {
				files = append(files, r.aliasFile(a, q.URL(), q.Title))
			}
		}
	}
	return files
}

// aliasFile is the page at alias that leads to the page at url, titled title.
func (r *Renderer) aliasFile(alias, url, title string) output.File {
	var b bytes.Buffer
	lang := r.Site.Config.Language
	dir := link.Rel(alias+"/", url)
	_ = aliasPage.Execute(&b, map[string]string{"Lang": lang, "Title": title, "To": dir + "index.html", "Dir": dir, "Moved": label(lang, "moved_to")})
	return output.File{Path: alias + "/index.html", Data: b.Bytes()}
}
