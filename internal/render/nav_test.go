package render

import (
	"html/template"
	"strings"
	"testing"
)

// TestNavEscapingMatchesTemplates checks that the navigation built in Go
// escapes text and links exactly as the templates it replaced did.
func TestNavEscapingMatchesTemplates(t *testing.T) {
	tmpl := template.Must(template.New("").Parse(`<a href="{{ .Whole }}">{{ .Text }}</a><a href="#{{ .Part }}"></a>`))
	for _, s := range []string{
		"../../客户服务/技能 1/", "../skill-02/", "客户服务", "a+b&c<d>'e\"f", "%41%zz 100%", "?q=培训#x", "C++ / ISO9001：认证", "\x00",
	} {
		var want strings.Builder
		if err := tmpl.Execute(&want, map[string]string{"Whole": s, "Text": s, "Part": s}); err != nil {
			t.Fatal(err)
		}
		got := `<a href="` + escapeHTML(escapeURL(s, true)) + `">` + escapeHTML(s) + `</a><a href="#` + escapeHTML(escapeURL(s, false)) + `"></a>`
		if got != want.String() {
			t.Errorf("%q:\n got  %s\n want %s", s, got, want.String())
		}
	}
}
