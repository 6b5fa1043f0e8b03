package render

import (
	"html/template"
	"math"
	"path"
	"regexp"
	"strconv"

	"skillbook/internal/diag"
	"skillbook/internal/link"
	"skillbook/themes"
)

// pageTemplates are the templates a theme must have, one per kind of page.
var pageTemplates = []string{"home", "course", "chapter", "skill", "library", "article", "tags", "tag", "search", "progress", "review", "quiz", "practice", "drill", "404"}

// loadTemplates parses baseof.html and the partials with each page template.
func loadTemplates(theme *themes.Theme) (map[string]*template.Template, diag.List) {
	var diags diag.List
	shared := []string{"templates/baseof.html"}
	shared = append(shared, theme.Files("templates/partials")...)
	funcs := template.FuncMap{"tagURL": link.TagURL, "percent": percent}
	out := map[string]*template.Template{}
	for _, name := range pageTemplates {
		t := template.New(name).Funcs(funcs)
		ok := true
		for _, file := range append(shared, "templates/"+name+".html") {
			if err := parseInto(t, theme, file); err != nil {
				diags.Add(templateDiag(theme.Origin(file), err))
				ok = false
			}
		}
		if ok {
			out[name] = t
		}
	}
	return out, diags
}

func parseInto(t *template.Template, theme *themes.Theme, file string) error {
	src, err := theme.ReadFile(file)
	if err != nil {
		return err
	}
	_, err = t.New(path.Base(file)).Parse(string(src))
	return err
}

var templateLine = regexp.MustCompile(`:(\d+):`)

// templateDiag turns a template error into a diagnostic on the theme file.
func templateDiag(file string, err error) diag.Diagnostic {
	d := diag.Diagnostic{File: file, Severity: diag.Error, Message: err.Error(),
		Hint: "fix the template, or delete the site's copy to use the default theme's"}
	if m := templateLine.FindStringSubmatch(err.Error()); m != nil {
		d.Line, _ = strconv.Atoi(m[1])
	}
	return d
}

// percent turns a fraction into a whole percentage.
func percent(f float64) int { return int(math.Round(f * 100)) }
