package yamldoc

import (
	"testing"
)

// fullWidthDoc is a document of the kind the full-width tests decode.
type fullWidthDoc struct {
	Title     string `yaml:"title"`
	ID        string `yaml:"id"`
	Questions []struct {
		ID     string   `yaml:"id"`
		Prompt string   `yaml:"prompt"`
		Steps  []string `yaml:"steps"`
	} `yaml:"questions"`
}

// TestFullWidthColon: a key followed by a full-width colon (typed with the
// input method on) is reported at that colon, in place of the parser's error
// elsewhere; full-width colons in text, in a block of text and in a list
// item that is no key are left alone.
func TestFullWidthColon(t *testing.T) {
	const hint = "write `title: 客户服务培训`: an ASCII colon, typed with the input method off, and a space"
	for src, want := range map[string]string{
		"title：客户服务培训\n": "a.yaml:1:6: error: full-width colon after \"title\": YAML needs an ASCII colon\n" +
			"    1 | title：客户服务培训\n      |      ^\n  hint: " + hint + "\n",
		"# 站点\nid: x\ntitle：客户服务培训\n# 语言\nquestions: []\n": "a.yaml:3:6: error: full-width colon after \"title\": YAML needs an ASCII colon\n" +
			"    3 | title：客户服务培训\n      |      ^\n  hint: " + hint + "\n",
		"questions:\n  - id: q1\n    prompt ：哪个？\n    steps:\n      - A：接待\n      - B：送别\n": "a.yaml:3:12: error: full-width colon after \"prompt\": YAML needs an ASCII colon\n" +
			"    3 |     prompt ：哪个？\n      |            ^\n  hint: write `prompt: 哪个？`: an ASCII colon, typed with the input method off, and a space\n",
		"title：甲\nid：乙\n": "a.yaml:1:6: error: full-width colon after \"title\": YAML needs an ASCII colon\n" +
			"    1 | title：甲\n      |      ^\n  hint: write `title: 甲`: an ASCII colon, typed with the input method off, and a space\n" +
			"a.yaml:2:3: error: full-width colon after \"id\": YAML needs an ASCII colon\n" +
			"    2 | id：乙\n      |   ^\n  hint: write `id: 乙`: an ASCII colon, typed with the input method off, and a space\n",
		"questions:\n  - id: q1\n    prompt: |\n      note：x\n  - id：q2\n": "a.yaml:5:7: error: full-width colon after \"id\": YAML needs an ASCII colon\n" +
			"    5 |   - id：q2\n      |       ^\n  hint: write `id: q2`: an ASCII colon, typed with the input method off, and a space\n",
		"title: 注意：这是标题\nid: |\n  note：x\n":                                "",
		"questions:\n  - id: q1\n    steps:\n      - A：接待\n      - B：送别\n": "",
	} {
		var v fullWidthDoc
		b := []byte(src)
		tree, diags := Doc{Path: "a.yaml", File: b, Text: b, FirstLine: 1}.Parse("quiz", nil)
		if tree != nil {
			diags = tree.Decode(&v, "quiz")
		}
		if got := diags.String(); got != want {
			t.Errorf("%q:\ngot\n%s\nwant\n%s", src, got, want)
		}
	}
}

// TestFullWidthColonInFrontMatter: the line is the file's, below the ---.
func TestFullWidthColonInFrontMatter(t *testing.T) {
	file := []byte("---\ntitle：章\nweight: 1\n---\n")
	_, diags := Doc{Path: "a.md", File: file, Text: file[4:22], FirstLine: 2}.Parse("front matter", nil)
	want := "a.md:2:6: error: full-width colon after \"title\": YAML needs an ASCII colon\n    2 | title：章\n      |      ^\n" +
		"  hint: write `title: 章`: an ASCII colon, typed with the input method off, and a space\n"
	if got := diags.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
