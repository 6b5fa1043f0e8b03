package content

import (
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"skillbook/internal/diag"
	"skillbook/internal/rawfile"
)

// quizKey is the line that makes a YAML file a quiz: `questions:` at the
// top level (its colon typed either way).
var quizKey = regexp.MustCompile(`(?m)^questions[ \t]*[:：]`)

// strayQuiz reports a quiz file in content/ (rel): published there as a
// file it would hand every trainee its answers, and no quiz is made of it.
func (l *loader) strayQuiz(rel string) bool {
	if ext := strings.ToLower(path.Ext(rel)); ext != ".yaml" && ext != ".yml" {
		return false
	}
	src, err := rawfile.ReadFile(filepath.Join(l.dir, filepath.FromSlash(rel)))
	if err != nil || !quizKey.Match(src) {
		return false
	}
	l.diags.Add(diag.Diagnostic{File: rel, Severity: diag.Error,
		Message: "a quiz file in content/ makes no quiz, and would be published as it is, answers and all",
		Hint:    "move it to quizzes/: quizzes/" + strings.TrimPrefix(rel, Dir+"/") + " (see docs/quizzes.md)"})
	return true
}
