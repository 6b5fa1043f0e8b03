package serve

import (
	"html"
	"strings"

	"skillbook/internal/diag"
)

// errorPage is what every URL shows while the site has never built: the
// errors, and the live-reload script (send adds it), which reloads the page
// once a build succeeds.
func errorPage(diags diag.List) []byte {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1"><title>Build failed</title></head>` +
		`<body style="font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:1.5rem">` +
		`<h1 style="font-size:1.2rem;color:#b3261e">` + noSiteTitle + `</h1><pre style="white-space:pre-wrap">`)
	b.WriteString(html.EscapeString(diags.String()))
	b.WriteString("</pre></body></html>\n")
	return []byte(b.String())
}

// noSiteTitle heads the errors while there is no good build to show.
const noSiteTitle = "Build failed — there is no site to show until the errors are fixed"
