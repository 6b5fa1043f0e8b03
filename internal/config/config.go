// Package config reads a site's skillbook.yaml.
package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"skillbook/internal/diag"
	"skillbook/internal/yamldoc"
)

// FileName is the name of the configuration file at a site's root.
const FileName = "skillbook.yaml"

// Config is a site's configuration.
type Config struct {
	Title string `yaml:"title"`
	// ID names the site in the trainee's browser, where progress is kept:
	// two sites on one host keep separate progress. Default: the title.
	ID       string         `yaml:"id"`
	Language string         `yaml:"language"`
	Theme    string         `yaml:"theme"`
	BaseURL  string         `yaml:"baseURL"`
	Sections Sections       `yaml:"sections"`
	Mastery  Mastery        `yaml:"mastery"`
	Search   Search         `yaml:"search"`
	Extra    map[string]any `yaml:"extra"`
}

// Search configures the site's search.
type Search struct {
	// Synonyms are the site's own sets of words that a query may use for
	// one another (客服 for 客户服务), added to the built-in ones.
	Synonyms [][]string `yaml:"synonyms"`
}

// Sections names the headings that carry meaning in a skill point.
type Sections struct {
	Description string `yaml:"description"`
	KeyPoints   string `yaml:"keypoints"`
}

// Mastery says what a trainee must do before a skill point counts as
// mastered. Quizzes count only where a skill point has any.
type Mastery struct {
	Read      *bool `yaml:"read"`
	KeyPoints *bool `yaml:"keypoints"`
	Quizzes   *bool `yaml:"quizzes"`
}

// Rule lists the mastery requirements that are on, space-separated, for
// the pages' scripts: "read keypoints quizzes" by default.
func (m Mastery) Rule() string {
	var on []string
	for _, r := range []struct {
		name string
		set  *bool
	}{{"read", m.Read}, {"keypoints", m.KeyPoints}, {"quizzes", m.Quizzes}} {
		if r.set == nil || *r.set {
			on = append(on, r.name)
		}
	}
	return strings.Join(on, " ")
}

// Default returns the configuration used for keys a site leaves out.
func Default() Config {
	return Config{
		Title:    "Skillbook",
		Language: "zh-CN",
		Theme:    "default",
		Sections: Sections{Description: "技能描述", KeyPoints: "牢记要点"},
	}
}

// Load reads skillbook.yaml from the site folder dir. Keys it leaves out
// take their defaults. The Config is nil when the file cannot be read.
func Load(dir string) (*Config, diag.List) {
	cfg := Default()
	src, err := os.ReadFile(filepath.Join(dir, FileName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, diag.List{{File: FileName, Severity: diag.Error,
			Message: "no " + FileName + " in " + dir,
			Hint:    "run skillbook in a site folder, pass --site DIR, or create one with `skillbook new DIR`"}}
	}
	if err != nil {
		return nil, diag.List{{File: FileName, Severity: diag.Error, Message: err.Error()}}
	}
	doc := yamldoc.Doc{Path: FileName, File: src, Text: src, FirstLine: 1}
	tree, diags := doc.Parse(FileName, &cfg)
	if tree != nil {
		diags = append(diags, tree.Decode(&cfg, FileName)...)
		if !diags.HasErrors() {
			diags = append(diags, checkSynonyms(tree, cfg.Search.Synonyms)...)
			diags = append(diags, checkBaseURL(tree, cfg.BaseURL)...)
		}
	}
	if cfg.ID == "" && !diags.HasErrors() {
		diags = append(diags, diag.Diagnostic{File: FileName, Line: 1, Col: 1, Severity: diag.Warning,
			Message: "no id: trainees' progress is kept under the title " + strconv.Quote(cfg.Title) + ", so renaming the site would reset it",
			Hint:    "add `id: " + cfg.Title + "` (the id the site has now) to skillbook.yaml, and keep it when the title changes"})
	}
	fillDefaults(&cfg)
	return &cfg, diags
}

func fillDefaults(cfg *Config) {
	d := Default()
	if cfg.ID == "" {
		cfg.ID = cfg.Title
	}
	if cfg.Language == "" {
		cfg.Language = d.Language
	}
	if cfg.Theme == "" {
		cfg.Theme = d.Theme
	}
	if cfg.Sections.Description == "" {
		cfg.Sections.Description = d.Sections.Description
	}
	if cfg.Sections.KeyPoints == "" {
		cfg.Sections.KeyPoints = d.Sections.KeyPoints
	}
}
