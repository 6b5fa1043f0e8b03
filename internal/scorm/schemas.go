package scorm

import (
	"embed"
	"io/fs"
	"path"
)

//go:embed schemas/scorm12/*.xsd schemas/scorm2004/*.xsd schemas/scorm2004/*.dtd
var schemaFiles embed.FS

// Schemas returns the schema files a package of the version carries at its
// root, by file name.
func Schemas(v Version) (map[string][]byte, error) {
	dir := "schemas/" + v.dir()
	entries, err := fs.ReadDir(schemaFiles, dir)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, e := range entries {
		data, err := schemaFiles.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		files[e.Name()] = data
	}
	return files, nil
}
