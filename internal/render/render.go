// Package render is the render stage: it turns the linked site into HTML
// pages with the theme's templates, in parallel, and copies the theme's
// static files.
package render

import (
	"bytes"
	"fmt"
	"html/template"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/link"
	"skillbook/internal/markdown"
	"skillbook/internal/output"
	"skillbook/internal/pool"
	"skillbook/themes"
)

// Renderer holds what every page's rendering shares.
type Renderer struct {
	Site      *content.Site
	Graph     *link.Graph
	Converter *markdown.Converter
	templates map[string]*template.Template
}

// Render renders every page and asset of the site.
func Render(site *content.Site, graph *link.Graph, conv *markdown.Converter, theme *themes.Theme) ([]output.File, diag.List) {
	tmpls, diags := loadTemplates(theme)
	if diags.HasErrors() {
		return nil, diags
	}
	r := &Renderer{Site: site, Graph: graph, Converter: conv, templates: tmpls}
	views := r.views()
	files := make([]output.File, len(views))
	errs := make([]error, len(views))
	pool.Each(len(views), func(i int) {
		files[i], errs[i] = r.renderPage(views[i])
	})
	for i, err := range errs {
		if err != nil {
			diags.Add(diag.Diagnostic{File: views[i].Page.Path, Severity: diag.Error, Message: "render: " + err.Error()})
		}
	}
	assets, err := staticFiles(theme)
	if err != nil {
		diags.Add(diag.Diagnostic{File: "themes", Severity: diag.Error, Message: err.Error()})
	}
	return append(files, assets...), diags
}

// renderPage renders the page's Markdown and runs its template.
func (r *Renderer) renderPage(v *View) (output.File, error) {
	if v.Page.Doc != nil {
		var body bytes.Buffer
		if err := r.Converter.Render(&body, v.Page.Doc); err != nil {
			return output.File{}, err
		}
		v.Content = template.HTML(body.String())
	}
	var buf bytes.Buffer
	name := string(v.Kind)
	if err := r.templates[name].ExecuteTemplate(&buf, "baseof.html", v); err != nil {
		return output.File{}, fmt.Errorf("template %s.html: %w", name, err)
	}
	file := v.Page.URL + "index.html"
	if v.absolute != "" {
		file = "404.html"
	}
	return output.File{Path: file, Data: buf.Bytes()}, nil
}
