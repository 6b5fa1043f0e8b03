package render

import (
	"bytes"
	"strings"

	"github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"

	"skillbook/internal/diag"
	"skillbook/internal/output"
	"skillbook/themes"
)

// AssetsDir is the output folder of the theme's static files.
const AssetsDir = "assets/"

// staticFiles copies the theme's static/ files to assets/, scripts and
// stylesheets minified, and adds the highlighting stylesheet, light with a
// dark variant.
func staticFiles(theme *themes.Theme) ([]output.File, diag.List, error) {
	var files []output.File
	var diags diag.List
	for _, name := range theme.Files("static") {
		data, err := theme.ReadFile(name)
		if err != nil {
			return nil, diags, err
		}
		data, found := minified(theme, name, data)
		diags = append(diags, found...)
		files = append(files, output.File{Path: AssetsDir + strings.TrimPrefix(name, "static/"), Data: data})
	}
	css, err := chromaCSS()
	if err != nil {
		return nil, diags, err
	}
	css, _ = minified(theme, "chroma.css", css)
	return append(files, output.File{Path: AssetsDir + "chroma.css", Data: css}), diags, nil
}

func chromaCSS() ([]byte, error) {
	f := html.New(html.WithClasses(true))
	var buf bytes.Buffer
	if err := f.WriteCSS(&buf, styles.Get("github")); err != nil {
		return nil, err
	}
	buf.WriteString("@media (prefers-color-scheme: dark) {\n")
	if err := f.WriteCSS(&buf, styles.Get("github-dark")); err != nil {
		return nil, err
	}
	buf.WriteString("}\n")
	return buf.Bytes(), nil
}
