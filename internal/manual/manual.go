// Package manual reads a legacy training manual — plain text copied out of
// a PDF or a document-sharing site, or a Word file — and finds its
// structure: chapters, skill points with their description, sections and
// 牢记要点, and the standalone articles that follow. It drops page chrome
// (a title repeated at the top, 相关文档, 最新文档), joins paragraphs that a
// page break split, and keeps every other character of the input.
package manual

// Manual is what a manual holds, in reading order.
type Manual struct {
	// Title is the document's title: its first line, when the body repeats
	// it as page chrome.
	Title    string
	Chapters []*Chapter
	Articles []*Article
	// Dropped lists the lines dropped as page chrome.
	Dropped []int
	// Notes are the lines the reader was unsure about, and what it left out.
	Notes []Note
	// Unit is what Line numbers count: "line" in text, "paragraph" in a
	// Word file.
	Unit string
	// Media are the pictures the pages show, by file name.
	Media map[string][]byte
	// Bookmarks maps a Word bookmark's name to the paragraph it is in;
	// targets to the chapter, skill point or article that holds it.
	Bookmarks map[string]int
	targets   map[string]any
}

// Note is a line the reader was unsure about, and what it did with it.
// Line 0 is the whole file. Lost is set for what the import leaves out.
type Note struct {
	Line    int
	Message string
	Lost    bool
}

// Chapter is a chapter of the manual: Number 0 for the skill points that
// come before the first chapter line.
type Chapter struct {
	Title  string
	Number int
	Line   int
	Intro  []Block
	Skills []*Skill
}

// Skill is a skill point. Marker is the "技能点N" it was introduced with,
// if any.
type Skill struct {
	Title  string
	Marker string
	Line   int
	Blocks []Block
}

// KeyPointCount returns how many key points the skill point lists.
func (s *Skill) KeyPointCount() int {
	n := 0
	for _, b := range s.Blocks {
		if b.Kind == KeyPointsBlock {
			n += len(b.Items)
		}
	}
	return n
}

// SkillCount returns how many skill points the manual has.
func (m *Manual) SkillCount() int {
	n := 0
	for _, ch := range m.Chapters {
		n += len(ch.Skills)
	}
	return n
}

// KeyPointCount returns how many key points the manual's skill points list.
func (m *Manual) KeyPointCount() int {
	n := 0
	for _, ch := range m.Chapters {
		for _, s := range ch.Skills {
			n += s.KeyPointCount()
		}
	}
	return n
}

// TableCount returns how many tables the manual's pages hold.
func (m *Manual) TableCount() int {
	n := 0
	count := func(bs []Block) {
		for _, b := range bs {
			if b.Kind == TableBlock {
				n++
			}
		}
	}
	for _, ch := range m.Chapters {
		count(ch.Intro)
		for _, s := range ch.Skills {
			count(s.Blocks)
		}
	}
	for _, a := range m.Articles {
		count(a.Blocks)
	}
	return n
}

// Article is a standalone article after the manual, for the library.
type Article struct {
	Title  string
	Line   int
	Blocks []Block
}

// BlockKind says what a block is.
type BlockKind int

// The kinds of block.
const (
	Paragraph BlockKind = iota
	Heading
	List
	// KeyPointsBlock is the 牢记要点 section: Text is its caption, Items
	// the key points.
	KeyPointsBlock
	// TableBlock is a table: Rows, the first the header.
	TableBlock
)

// Block is a paragraph, a sub-heading, a list, or the key points.
type Block struct {
	Kind  BlockKind
	Text  string
	Items []string
	Line  int
	// Marks, when set, say where each item stands in a Word or HTML list:
	// its level and number.
	Marks []listMark
	Rows  [][]string
	// Notes are the Markdown footnote definitions of the block's text.
	Notes []string
	// raw is set when Text and Items are Markdown already (read from a
	// Word or HTML file, with their emphasis and links), not plain text.
	raw bool
	// styled is set for a list that a Word file's numbering made: it stays
	// a list even with one item.
	styled bool
}
