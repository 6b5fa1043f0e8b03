package render

import (
	"encoding/base64"
	"html/template"
	"mime"
	"path"

	"skillbook/themes"
)

// dataURL makes a template function that writes a theme's static file as
// a data: URL, for a file every page names and no page should wait for
// (the site's icon): a request fewer on every first visit and every
// query's page, and the icon shows from file:// as over http. A site's
// own copy of the file overrides the theme's, as for any static file.
func dataURL(theme *themes.Theme) func(name string) (template.URL, error) {
	return func(name string) (template.URL, error) {
		data, err := theme.ReadFile(path.Join("static", name))
		if err != nil {
			return "", err
		}
		kind := mime.TypeByExtension(path.Ext(name))
		return template.URL("data:" + kind + ";base64," + base64.StdEncoding.EncodeToString(data)), nil
	}
}
