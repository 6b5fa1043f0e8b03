// Command gzsize prints the files and bytes of folders as a static host
// serves them: text files (HTML, JavaScript, CSS, JSON, SVG, XML, plain
// text) gzip-compressed, every other file as it is (Pagefind's index files
// are gzip-compressed already):
//
//	gzsize [-not GLOB] NAME=DIR...
//	gzip: NAME 6898 files, 56012345 bytes, 20123456 bytes as served
//
// -not leaves out the files whose base name matches GLOB (such as
// "*.html": a search page is a page, not the search export).
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	not := flag.String("not", "", "leave out the files whose base name matches this glob")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: gzsize [-not GLOB] NAME=DIR...")
		os.Exit(2)
	}
	for _, arg := range flag.Args() {
		name, dir, ok := strings.Cut(arg, "=")
		if !ok {
			fmt.Fprintf(os.Stderr, "gzsize: %q: want NAME=DIR\n", arg)
			os.Exit(2)
		}
		files, raw, served, err := measure(dir, *not)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gzsize:", err)
			os.Exit(1)
		}
		fmt.Printf("gzip: %s %d files, %d bytes, %d bytes as served\n", name, files, raw, served)
	}
}

// measure counts the files of dir, their bytes, and their bytes as
// served.
func measure(dir, not string) (files int, raw, served int64, err error) {
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if skip, _ := filepath.Match(not, d.Name()); not != "" && skip {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files++
		raw += int64(len(b))
		n, err := servedSize(d.Name(), b)
		served += n
		return err
	})
	return files, raw, served, err
}

// compressed are the extensions of the files hosts send gzip-compressed.
var compressed = []string{".html", ".js", ".css", ".json", ".svg", ".xml", ".txt"}

func servedSize(name string, b []byte) (int64, error) {
	if !slices.Contains(compressed, filepath.Ext(name)) {
		return int64(len(b)), nil
	}
	var buf bytes.Buffer
	gz, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	if _, err := gz.Write(b); err != nil {
		return 0, err
	}
	err := gz.Close()
	return int64(buf.Len()), err
}
