package render

import (
	"bytes"
	"strings"

	"github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"

	"skillbook/internal/output"
	"skillbook/themes"
)

// AssetsDir is the output folder of the theme's static files.
const AssetsDir = "assets/"

// staticFiles copies the theme's static/ files to assets/ and adds the
// highlighting stylesheet, light with a dark variant.
func staticFiles(theme *themes.Theme) ([]output.File, error) {
	var files []output.File
	for _, name := range theme.Files("static") {
		data, err := theme.ReadFile(name)
		if err != nil {
			return nil, err
		}
		files = append(files, output.File{Path: AssetsDir + strings.TrimPrefix(name, "static/"), Data: data})
	}
	css, err := chromaCSS()
	if err != nil {
		return nil, err
	}
	return append(files, output.File{Path: AssetsDir + "chroma.css", Data: css}), nil
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
