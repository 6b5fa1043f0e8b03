package render

import (
	"bytes"
	"errors"
	"path"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/parse/v2"

	"skillbook/internal/diag"
	"skillbook/themes"
)

// minified is a theme's script or stylesheet as the browser gets it:
// without comments, spaces and long local names (github.com/tdewolff/minify,
// what Hugo's --minify uses), so that a trainee's phone downloads and
// parses less (the default theme's scripts and styles, gzip-compressed:
// 109 → 64 KB; a search's first query 12 KB less). Scripts stay ES5, for
// the old browsers of office PCs; comments that open with /*! stay (the
// licences of vendored code). Any other file, or a file that minifying
// would make less than a tenth smaller (one minified already, as its
// author made it), is returned as it is. A script or stylesheet that
// cannot be read is too, with a warning: the browser will stop where the
// reader did.
func minified(theme *themes.Theme, name string, data []byte) ([]byte, diag.List) {
	mediatype := map[string]string{".js": "application/javascript", ".css": "text/css"}[path.Ext(name)]
	if mediatype == "" {
		return data, nil
	}
	m := minify.New()
	m.Add("application/javascript", &js.Minifier{Version: 5})
	m.AddFunc("text/css", css.Minify)
	out, err := m.Bytes(mediatype, bytes.Clone(data)) // the minifier writes in what it reads
	if err != nil {
		return data, diag.List{minifyWarning(theme.Origin(name), data, err)}
	}
	if len(out) > len(data)*9/10 {
		return data, nil
	}
	return out, nil
}

// minifyWarning says where in data, a theme file, the minifier stopped.
func minifyWarning(file string, data []byte, err error) diag.Diagnostic {
	d := diag.Diagnostic{File: file, Severity: diag.Warning, Message: "cannot read this file to make it smaller: " + err.Error(),
		Hint: "it is copied as it is; a browser will likely stop at the same place"}
	var perr *parse.Error
	if errors.As(err, &perr) {
		d.Line, d.Col, d.Message = perr.Line, perr.Column, "cannot read this file to make it smaller: "+perr.Message
		if lines := strings.Split(string(data), "\n"); perr.Line >= 1 && perr.Line <= len(lines) {
			d.Source = strings.TrimSuffix(lines[perr.Line-1], "\r")
		}
	}
	return d
}
