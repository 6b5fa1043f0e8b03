package quiz

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"skillbook/internal/content"
	"skillbook/internal/diag"
	"skillbook/internal/rawfile"
	"skillbook/internal/yamldoc"
)

// File is a quiz file as read: the quiz, and its YAML tree, kept so that
// later checks can point at the line of what they find wrong.
type File struct {
	Quiz *Quiz
	tree *yamldoc.Tree
	// invalid marks a quiz whose own check found errors: Link still checks
	// its references, so that every problem of the file shows at once, but
	// does not publish it.
	invalid bool
}

// At is the position in the file of the value at path (keys and list
// indexes from the top, as yamldoc.Tree.At takes them).
func (f *File) At(path ...any) diag.Pos { return f.tree.At(path...) }

// Load reads every quiz file under the site's quizzes/ folder (YAML files,
// sub-folders allowed) and checks each on its own. A quiz with errors in
// its values is marked invalid, and one that cannot be decoded is left out;
// the diagnostics say why.
func Load(siteDir string) ([]*File, diag.List) {
	var files []*File
	var diags diag.List
	root := filepath.Join(siteDir, Dir)
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || content.Hidden(d.Name()) && p != root {
			return content.SkipHidden(d, err)
		}
		if d.IsDir() || !isYAML(d.Name()) {
			return nil
		}
		rel, _ := filepath.Rel(siteDir, p)
		f, more := read(siteDir, filepath.ToSlash(rel))
		diags = append(diags, more...)
		if f != nil {
			f.invalid = more.HasErrors()
			files = append(files, f)
		}
		return nil
	})
	return files, append(diags, sameIDs(files)...)
}

// sameIDs reports the quiz files whose ids are one another's, or differ
// in case alone (complaints.yaml and complaints.yml, Complaints.yaml):
// their pages would be one. Each after the first is marked invalid, so
// that the first is published.
func sameIDs(files []*File) diag.List {
	var diags diag.List
	first := map[string]*File{}
	for _, f := range files {
		key := strings.ToLower(f.Quiz.ID)
		other, ok := first[key]
		if !ok {
			first[key] = f
			continue
		}
		f.invalid = true
		diags.Add(diag.Diagnostic{File: f.Quiz.Path, Severity: diag.Error, Hint: "rename or remove one of the two files",
			Message: fmt.Sprintf("this quiz and %s would both be the page %s/: a quiz's address is its file's path without the extension, letters in either case",
				other.Quiz.Path, path.Join(Dir, other.Quiz.ID))})
	}
	return diags
}

// isYAML reports a YAML file's name, its extension in either case
// (Windows shows COMPLAINTS.YAML as it was saved).
func isYAML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// read reads and checks one quiz file; rel is its path from the site root.
func read(siteDir, rel string) (*File, diag.List) {
	var diags diag.List
	src, err := rawfile.ReadFile(filepath.Join(siteDir, filepath.FromSlash(rel)))
	if err != nil {
		diags.Add(diag.Diagnostic{File: rel, Severity: diag.Error, Message: "cannot read quiz: " + err.Error()})
		return nil, diags
	}
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if !utf8.Valid(src) {
		diags.Add(diag.NotUTF8(rel, src))
		return nil, diags
	}
	doc := yamldoc.Doc{Path: rel, File: src, Text: src, FirstLine: 1}
	tree, diags := doc.Parse("quiz", &Quiz{})
	if tree == nil {
		if !diags.HasErrors() {
			diags.Errorf(diag.AtLine(rel, src, 1, 1), "start with `title:`, `for:` and `questions:`; see docs/quizzes.md", "quiz file is empty")
		}
		return nil, diags
	}
	q := &Quiz{Path: rel, ID: quizID(rel)}
	tree.Booleans(yamldoc.ChineseBooleans, "answer", "correct")
	keys := tree.UnknownKeys(q, "quiz")
	values := tree.DecodeValues(q, "quiz")
	explainAnswers(values)
	splitAlternatives(q)
	f := &File{Quiz: q, tree: tree}
	if values.HasErrors() { // an invalid quiz (see Load), whose references Link still checks
		return f, slices.Concat(keys, values, f.checkBeside(values))
	}
	return f, slices.Concat(keys, values, f.check())
}

// quizID is a quiz file's path inside quizzes/, without its extension.
func quizID(rel string) string {
	id := strings.TrimPrefix(rel, Dir+"/")
	return strings.TrimSuffix(id, path.Ext(id))
}
