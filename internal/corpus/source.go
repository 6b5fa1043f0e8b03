package corpus

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/go-ego/gse"
)

// repoContent is the content/ folder of this repository: the bundled
// course and library, the user's own prose that generated text is drawn
// from. It is found from this file's path, so generation needs the source
// tree (as `go test` and `go run` have it).
func repoContent() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "content"
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "content")
}

// proseSentences reads every Markdown file under dir and returns its prose
// — titles, headings, paragraphs and list items, less the Markdown — split
// into sentences at 。！？； and line ends.
func proseSentences(dir string) ([]string, error) {
	var sentences []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sentences = append(sentences, splitSentences(markdownProse(string(b)))...)
		return nil
	})
	if err == nil && len(sentences) == 0 {
		err = fmt.Errorf("no prose under %s", dir)
	}
	return sentences, err
}

// markdownProse drops front matter keys other than the title, heading and
// list markers, and blank lines.
func markdownProse(md string) string {
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(md))
	sc.Buffer(nil, 1<<20)
	inFront := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "---":
			inFront = !inFront
			continue
		case inFront && strings.HasPrefix(line, "title:"):
			line = strings.Trim(strings.TrimSpace(strings.TrimPrefix(line, "title:")), `"'`)
		case inFront:
			continue
		}
		line = strings.TrimLeft(line, "#-*> \t")
		if line != "" {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

func splitSentences(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("。！？；!?;\n", r) })
}

// model is the generator's language: the words of the prose ranked by
// frequency, which word follows which, and which words start sentences.
type model struct {
	words  []string // by frequency, most frequent first
	isWord []bool   // words[i] is a word, not punctuation
	next   [][]int  // next[i]: the words that follow words[i], as often as they do
	starts []int
	latin  []int // words of Latin letters and digits
}

// modelCache keeps the model of each source folder: loading gse's
// dictionary takes seconds, and a test or benchmark may write several sites.
type modelCache struct {
	mu    sync.Mutex
	byDir map[string]*model
}

var models = &modelCache{byDir: map[string]*model{}}

// get is the model of the prose under dir.
func (c *modelCache) get(dir string) (*model, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if m := c.byDir[dir]; m != nil {
		return m, nil
	}
	sentences, err := proseSentences(dir)
	if err != nil {
		return nil, err
	}
	m, err := newModel(sentences)
	if err == nil {
		c.byDir[dir] = m
	}
	return m, err
}

// newModel segments the sentences with gse's Chinese dictionary and
// counts their words.
func newModel(sentences []string) (*model, error) {
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, err
	}
	var tokenized [][]string
	count := map[string]int{}
	for _, s := range sentences {
		var toks []string
		lower := strings.ToLower(s)
		for _, t := range seg.Cut(s, true) {
			if t = strings.TrimSpace(t); t != "" {
				t = originalCase(s, lower, t)
				toks = append(toks, t)
				count[t]++
			}
		}
		tokenized = append(tokenized, toks)
	}
	m := rankWords(count)
	m.link(tokenized)
	return m, nil
}

// originalCase is token t (which gse lower-cases) as sentence s writes it.
func originalCase(s, lower, t string) string {
	if i := strings.Index(lower, t); i >= 0 && len(s) == len(lower) {
		return s[i : i+len(t)]
	}
	return t
}

// rankWords orders the words by count (then by text, to be deterministic).
func rankWords(count map[string]int) *model {
	m := &model{}
	for w := range count {
		m.words = append(m.words, w)
	}
	slices.SortFunc(m.words, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	for i, w := range m.words {
		m.isWord = append(m.isWord, strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0)
		if isLatin(w) {
			m.latin = append(m.latin, i)
		}
	}
	return m
}

// link records, sentence by sentence, which word starts it and which word
// follows which.
func (m *model) link(tokenized [][]string) {
	id := make(map[string]int, len(m.words))
	for i, w := range m.words {
		id[w] = i
	}
	m.next = make([][]int, len(m.words))
	for _, toks := range tokenized {
		for i, t := range toks {
			switch {
			case i == 0 && m.isWord[id[t]]:
				m.starts = append(m.starts, id[t])
			case i > 0:
				m.next[id[toks[i-1]]] = append(m.next[id[toks[i-1]]], id[t])
			}
		}
	}
}

// isLatin says whether w is a term of at least three ASCII letters and
// digits, with at least one digit or capital: ISO9001, 7x24, 96345.
func isLatin(w string) bool {
	strong := false
	for _, r := range w {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
		strong = strong || unicode.IsDigit(r) || unicode.IsUpper(r)
	}
	return strong && len(w) >= 3
}
