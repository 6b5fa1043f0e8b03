package scorm

import (
	"archive/zip"
	"io"
	"os"
	"sort"
	"time"

	"skillbook/internal/output"
)

// ManifestName is the manifest's name at the package root.
const ManifestName = "imsmanifest.xml"

// Zip writes the package: the manifest, the version's schema files and the
// built course's files, all at the zip's root. It lists the files in the
// manifest, so c.Files is set here.
func Zip(w io.Writer, v Version, c Course, files []output.File) error {
	schemas, err := Schemas(v)
	if err != nil {
		return err
	}
	c.Files = c.Files[:0]
	for _, f := range files {
		c.Files = append(c.Files, f.Path)
	}
	sort.Strings(c.Files)
	manifest, err := Manifest(v, c)
	if err != nil {
		return err
	}
	z := zip.NewWriter(w)
	if err := add(z, ManifestName, manifest); err != nil {
		return err
	}
	for _, name := range sortedKeys(schemas) {
		if err := add(z, name, schemas[name]); err != nil {
			return err
		}
	}
	for _, f := range files {
		if err := addFile(z, f); err != nil {
			return err
		}
	}
	return z.Close()
}

func addFile(z *zip.Writer, f output.File) error {
	data := f.Data
	if f.From != "" {
		var err error
		if data, err = os.ReadFile(f.From); err != nil {
			return err
		}
	}
	return add(z, f.Path, data)
}

// packageTime is every file's time in the zip, so that the same course
// makes the same package.
var packageTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func add(z *zip.Writer, name string, data []byte) error {
	w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: packageTime})
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
