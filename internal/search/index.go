package search

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"skillbook/internal/content"
	"skillbook/internal/markdown"
	"skillbook/internal/output"
	"skillbook/internal/pool"
	"skillbook/internal/segmenter"
)

// Field is a searchable field and how much a match in it weighs.
type Field struct {
	Name  string
	Boost float64
}

// Fields are the searchable fields, in the order the export numbers them.
var Fields = []Field{{"title", 3}, {"keypoints", 2}, {"tags", 2}, {"headings", 1.5}, {"body", 1}, Words}

// allFields are Fields and Phrases: the fields of a document and of a
// term's postings.
func allFields() []Field { return append(Fields[:len(Fields):len(Fields)], Phrases) }

// Doc is one searchable page.
type Doc struct {
	ID     string `json:"-"` // not exported: the client does not need it
	URL    string `json:"url"`
	Title  string `json:"title"`
	Kind   string `json:"kind"`
	Course string `json:"course"`
	// Text is the page's plain text, for snippets.
	Text string `json:"text"`
	// Anchors are the page's headings: their ids, and where their lines
	// start in Text (in characters), so a result can link to the section
	// it matched.
	Anchors []Anchor `json:"anchors"`
	// fields holds the text of each of Fields, then of Phrases.
	fields []string
}

// Anchor is a heading of a document: its id, and where its line starts in
// the document's text, in characters.
type Anchor struct {
	ID string
	At int
}

// MarshalJSON writes an anchor as [id, at], for a small export.
func (a Anchor) MarshalJSON() ([]byte, error) { return json.Marshal([]any{a.ID, a.At}) }

// Index is the site's searchable documents, numbered in reading order, their
// terms as bleve counts them (the static export is written from these), and
// the bleve index that answers queries, built when the first query comes:
// `build` needs only the export.
type Index struct {
	Docs      []Doc
	byID      map[string]int
	postings  postings
	charTerms map[string][]string
	// positions holds the positions of the pairs of Han characters in
	// their fields (Posting.Pos; an edit adds its own after them), and
	// lengths how many terms each document's fields have (fieldLength).
	positions []int32
	lengths   []int32
	// longer maps each bigram to the longer words that start with it (see
	// longerIndex); words cuts the pages into them, and lexicon holds the
	// synonyms and optional words queries are cut with.
	longer  map[string][]string
	words   *segmenter.Segmenter
	lexicon *Lexicon

	// size estimates the export's postings in bytes; shards is the shard
	// count of the last export.
	size, shards int
	// stale holds the export files that edits changed since the last
	// export, and fresh their new content once asked for (see Fresh).
	mu    sync.Mutex
	stale map[string]bool
	fresh map[string]output.File
	// common are all the blocked terms, sorted, as last exported: the
	// document files hold their postings, each term by its number here.
	common []string
	// commonKey names each common term's postings file ("<shard>-<n>"),
	// as its shard's entry does.
	commonKey map[string]string
	// packer deflates the packs with the dictionary of the last export
	// (see packDictionary).
	packer *packer

	// pinyin is the pinyin table of the postings (see pinyinTerms),
	// unitPages the pages of each unit of titles and key points (see
	// unitDocs); nearBytes estimates the near files' size and nearShards
	// is their count in the last export (see near.go).
	pinyinMu   sync.Mutex
	pinyin     pinyinTable
	unitPages  map[string][2][]int32
	nearBytes  int
	nearShards int

	once     sync.Once
	bleve    bleve.Index
	bleveErr error

	// emitting receives the export's files as they are made (see ExportTo).
	emitting func([]output.File)
}

// Docs returns the searchable pages of a site: skill points, chapters,
// courses and library articles.
func Docs(site *content.Site) []Doc {
	type source struct {
		page   *content.Page
		course string
	}
	var pages []source
	for _, c := range site.Courses {
		pages = append(pages, source{c.Page, c.Page.ID})
		for _, ch := range c.Chapters {
			pages = append(pages, source{ch.Page, c.Page.ID})
			for _, s := range ch.Skills {
				pages = append(pages, source{s, c.Page.ID})
			}
		}
	}
	for _, a := range site.Articles {
		pages = append(pages, source{a, ""})
	}
	docs := make([]Doc, len(pages))
	pool.Each(len(pages), func(i int) { docs[i] = NewDoc(pages[i].page, pages[i].course) })
	return docs
}

// NewDoc makes the searchable document of a page of the course with the
// given id ("" for library articles).
func NewDoc(p *content.Page, course string) Doc {
	d := Doc{ID: p.ID, URL: p.URL, Title: p.Title(), Kind: string(p.Kind), Course: course}
	var headings, keyPoints []string
	if p.Doc != nil {
		d.Text = p.Doc.Text
		for _, h := range p.Doc.Headings {
			headings = append(headings, h.Text)
		}
		if p.Doc.KeyPoints != nil {
			for _, k := range p.Doc.KeyPoints.Items {
				keyPoints = append(keyPoints, k.Text)
			}
		}
	}
	d.fields = []string{d.Title, strings.Join(keyPoints, "\n"), strings.Join(p.Meta.Tags, "\n"), strings.Join(headings, "\n"), d.Text,
		"", phraseText(d.Title, keyPoints)} // the words are the index's to cut (see Index.withWords)
	if p.Doc != nil {
		d.Anchors = anchors(d.Text, p.Doc.Headings)
	}
	return d
}

// anchors finds each heading's line in text, in order.
func anchors(text string, headings []markdown.Heading) []Anchor {
	out := []Anchor{}
	lines := strings.Split(text, "\n")
	at, line := 0, 0
	for _, h := range headings {
		for ; line < len(lines); line++ {
			if lines[line] == h.Text {
				out = append(out, Anchor{ID: h.ID, At: at})
				at += utf8.RuneCountInString(lines[line]) + 1
				line++
				break
			}
			at += utf8.RuneCountInString(lines[line]) + 1
		}
	}
	return out
}

// Link returns the URL of the document, at the section that holds the
// character at offset pos of its text (-1: no section); at its top for a
// section its text begins with (技能描述, right under the title: its
// anchor would open a phone's page with the title above the screen).
func (d Doc) Link(pos int) string {
	id := ""
	for _, a := range d.Anchors {
		if a.At <= pos && a.At > 0 {
			id = a.ID
		}
	}
	if id == "" {
		return d.URL
	}
	return d.URL + "#" + id
}

// NewMapping is the index mapping: every field of Fields analysed with the
// Skillbook analyzer, and Phrases a term per line, without term vectors (no
// phrase queries are made).
func NewMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if err := addAnalyzers(m); err != nil {
		return nil, err
	}
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range allFields() {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = AnalyzerName
		if f == Phrases || f == Words {
			fm.Analyzer = phraseAnalyzer // a term per line
		}
		fm.Store = false
		fm.IncludeTermVectors = false
		fm.IncludeInAll = false
		doc.AddFieldMappingsAt(f.Name, fm)
	}
	m.DefaultMapping = doc
	m.DefaultAnalyzer = AnalyzerName
	return m, nil
}

// Options are what an index needs beside its documents.
type Options struct {
	// Words cuts the pages into words (nil: no Words field, and queries
	// that no page holds whole are cut into characters).
	Words *segmenter.Segmenter
	// Synonyms are the site's own synonym sets (`search.synonyms:`), added
	// to the built-in ones.
	Synonyms [][]string
}

// New analyses the documents.
func New(docs []Doc, opts Options) *Index {
	ix := &Index{Docs: docs, byID: make(map[string]int, len(docs)), lexicon: newLexicon(opts.Synonyms)}
	if opts.Words != nil {
		ix.words = opts.Words.With(slices.Concat(ix.lexicon.Synonyms...)) // so that a page holds 客户服务 whole when a query's 客服 stands for it
	}
	pool.Each(len(docs), func(i int) { docs[i] = ix.withWords(docs[i]) })
	for i, d := range docs {
		ix.byID[d.ID] = i
	}
	ix.postings, ix.positions, ix.lengths = analyzeDocs(docs)
	ix.indexTerms()
	return ix
}

// indexTerms makes what is derived from every term's postings, at once
// (each reads the postings alone): the characters' terms, the longer
// words of each pair, and the export's size.
func (ix *Index) indexTerms() {
	var wg sync.WaitGroup
	wg.Go(func() { ix.charTerms = charIndex(ix.postings) })
	wg.Go(func() { ix.longer = longerIndex(ix.postings) })
	wg.Go(func() {
		for term, fields := range ix.postings {
			ix.size += postingsSize(term, fields)
		}
	})
	wg.Wait()
}

// withWords returns a document with its Words field cut.
func (ix *Index) withWords(d Doc) Doc {
	d.fields = slices.Clone(d.fields)
	d.fields[wordsField] = wordsText(ix.words, d.fields)
	return d
}

// batchSize is how many documents go to bleve at once; smaller batches keep
// the memory that indexing takes down.
const batchSize = 500

// engine returns the bleve index, building it in memory (scorch) the first
// time.
func (ix *Index) engine() (bleve.Index, error) {
	ix.once.Do(func() {
		m, err := NewMapping()
		if err == nil {
			ix.bleve, err = bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
		}
		for start := 0; err == nil && start < len(ix.Docs); start += batchSize {
			batch := ix.bleve.NewBatch()
			for _, d := range ix.Docs[start:min(start+batchSize, len(ix.Docs))] {
				if err = batch.Index(d.ID, d.source()); err != nil {
					break
				}
			}
			if err == nil {
				err = ix.bleve.Batch(batch)
			}
		}
		ix.bleveErr = err
	})
	return ix.bleve, ix.bleveErr
}

// source is what bleve indexes of a document.
func (d Doc) source() map[string]any {
	src := make(map[string]any, len(d.fields))
	for i, f := range allFields() {
		src[f.Name] = d.fields[i]
	}
	return src
}

// Close frees the bleve index, if it was built.
func (ix *Index) Close() error {
	if ix.bleve == nil {
		return nil
	}
	return ix.bleve.Close()
}
