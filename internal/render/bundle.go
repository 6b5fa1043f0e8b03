package render

import (
	"bytes"

	"skillbook/internal/output"
	"skillbook/themes"
)

// BundleName is the output path of the script every page names: the
// theme's page scripts and the site's labels in one file, so that a page
// names one script instead of five (2.7 MB of <script> tags at 10,000
// skill points). The files are also written alone under assets/, for
// themes whose templates name them.
const BundleName = AssetsDir + "bundle.js"

// bundleParts are the theme's static files the bundle holds, in the order
// they run; labels.js, made by the build, follows the first. Each is read
// through the theme, so a site's own themes/<name>/static/progress.js (say)
// takes the built-in one's place in the bundle too.
var bundleParts = []string{"static/skillbook.js", "static/search-ui.js", "static/progress-core.js", "static/progress.js"}

// bundle returns assets/bundle.js: bundleParts, minified, and labels, each
// script ended by a semicolon so that one without a last one cannot join
// the next. Its parts' warnings are those of their own files in assets/.
func bundle(theme *themes.Theme, labels output.File) (output.File, error) {
	var b bytes.Buffer
	for i, name := range bundleParts {
		data, err := theme.ReadFile(name)
		if err != nil {
			return output.File{}, err
		}
		data, _ = minified(theme, name, data)
		b.Write(data)
		b.WriteString("\n;\n")
		if i == 0 {
			b.Write(labels.Data)
			b.WriteString(";\n")
		}
	}
	return output.File{Path: BundleName, Data: b.Bytes()}, nil
}
