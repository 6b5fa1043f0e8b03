package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/goccy/go-yaml"

	"skillbook/internal/gift"
	"skillbook/internal/quiz"
)

// giftOptions are the flags of import --gift.
type giftOptions struct {
	file, site, target, id, out string
	force                       bool
}

// importGift converts a Moodle GIFT file into a quiz file of the site. The
// quiz's id — which trainees' results are kept under — is --id, else the
// one the file was exported with, else the file's name.
func importGift(o giftOptions, stdout, stderr io.Writer) int {
	file, site, target, out, force := o.file, o.site, o.target, o.out, o.force
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "skillbook import: %v\n", err)
		return 1
	}
	q, problems := gift.Parse(string(src))
	for _, p := range problems {
		fmt.Fprintf(stderr, "%s:%d: warning: %s\n", file, p.Line, p.Message)
	}
	if target != "" {
		q.For = target
	}
	if q.Title == "" {
		q.Title = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	}
	if q.For == "" {
		fmt.Fprintf(stderr, "skillbook import: %s does not say which page its quiz is for\n  hint: add --for with the course, chapter or skill point, e.g. --for customer-service/staff-training\n", file)
		return 1
	}
	id := o.id
	if id == "" {
		id = q.ID
	}
	if id == "" {
		id = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	}
	if out == "" {
		out = filepath.Join(site, quiz.Dir, filepath.FromSlash(id)+".yaml")
	}
	data, err := yaml.MarshalWithOptions(q, yaml.UseLiteralStyleIfMultiline(true))
	if err == nil {
		err = writeNew(out, data, force)
	}
	if err != nil {
		fmt.Fprintf(stderr, "skillbook import: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%d question(s) from %s written to %s\n", len(q.Questions), file, out)
	return 0
}

// writeNew writes a file, refusing to replace one unless force is set.
func writeNew(path string, data []byte, force bool) error {
	if _, err := os.Stat(path); err == nil && !force {
		return fmt.Errorf("%s exists; pass --force to overwrite it", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
