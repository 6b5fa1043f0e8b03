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
	// Notes are the lines the reader was unsure about.
	Notes []Note
}

// Note is a line the reader was unsure about, and what it did with it.
type Note struct {
	Line    int
	Message string
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
)

// Block is a paragraph, a sub-heading, a list, or the key points.
type Block struct {
	Kind  BlockKind
	Text  string
	Items []string
	Line  int
	// styled is set for a list that a Word file's numbering made: it stays
	// a list even with one item.
	styled bool
}
