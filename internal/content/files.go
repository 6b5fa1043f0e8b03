package content

import (
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"skillbook/internal/diag"
	"skillbook/internal/portable"
)

// assetFolder reports whether the folder rel holds no Markdown at any depth;
// if so, its files are added to the site, published under url.
func (l *loader) assetFolder(rel, url string) bool {
	root := filepath.Join(l.dir, filepath.FromSlash(rel))
	var files []string
	hasMarkdown := false
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || Hidden(d.Name()) && p != root {
			return SkipHidden(d, err)
		}
		inner, _ := filepath.Rel(root, p)
		if !l.followable(path.Join(rel, filepath.ToSlash(inner)), d) {
			return nil
		}
		if !d.IsDir() {
			files = append(files, filepath.ToSlash(inner))
			hasMarkdown = hasMarkdown || isMarkdown(d.Name())
		}
		return nil
	})
	if hasMarkdown {
		return false
	}
	for _, f := range files {
		l.addFile(path.Join(rel, f), url+portableSlashed(f))
	}
	return true
}

// SkipHidden is what a WalkDir function returns for a hidden entry, or one
// it could not read: skip the folder, pass over the file.
func SkipHidden(d fs.DirEntry, err error) error {
	if err == nil && d.IsDir() {
		return filepath.SkipDir
	}
	return nil
}

func (l *loader) addFile(rel, url string) {
	if l.strayQuiz(rel) {
		return
	}
	l.site.Files = append(l.site.Files, File{Path: rel, URL: url})
	if page, ok := meantAsPage(path.Base(rel)); ok {
		hint := "rename it " + page
		if strings.HasSuffix(strings.ToLower(rel), ".txt") {
			hint += " (Notepad adds .txt unless 保存类型 is 所有文件)"
		}
		l.diags.Add(diag.Diagnostic{File: rel, Severity: diag.Warning,
			Message: "published as a file, not a page: only names that end in .md are pages", Hint: hint})
	}
}

// meantAsPage reports a file name that a trainer meant as a Markdown page
// (08-x.md.txt, as Notepad saves it; 08-x.MD; 08-x.markdown), and the name
// it should have.
func meantAsPage(name string) (string, bool) {
	lower := strings.ToLower(name)
	for _, ext := range []string{".md.txt", ".markdown", ".md"} {
		if strings.HasSuffix(lower, ext) {
			return name[:len(name)-len(ext)] + ".md", true
		}
	}
	return "", false
}

// portableSlashed applies portable.Name to each name of a slashed path.
func portableSlashed(p string) string {
	names := strings.Split(p, "/")
	for i, n := range names {
		names[i] = portable.Name(n)
	}
	return strings.Join(names, "/")
}
