package diag

import "testing"

func TestDiagnosticString(t *testing.T) {
	src := []byte("---\ntitle: 甲\ntittle: 拼错了\n---\n")
	pos := At("a.md", src, 15)
	var l List
	l.Errorf(pos, `did you mean "title"?`, "unknown key %q", "tittle")
	want := "a.md:3:1: error: unknown key \"tittle\"\n" +
		"    3 | tittle: 拼错了\n" +
		"      | ^\n" +
		"  hint: did you mean \"title\"?\n"
	if got := l.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCaretUnderWideCharacters(t *testing.T) {
	d := Diagnostic{File: "a.md", Line: 1, Col: 4, Severity: Error, Message: "m", Source: "见 [甲](x.md)"}
	want := "a.md:1:4: error: m\n    1 | 见 [甲](x.md)\n      |     ^\n"
	if got := d.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestAtCountsRunes(t *testing.T) {
	src := []byte("第一行\n见 [甲](x.md)\n")
	off := len("第一行\n见 ")
	if p := At("f", src, off); p.Line != 2 || p.Col != 3 || p.Source != "见 [甲](x.md)" {
		t.Errorf("At = %+v", p)
	}
}

func TestDidYouMean(t *testing.T) {
	for word, want := range map[string]string{
		"titel":   `did you mean "title"?`,
		"wieght":  `did you mean "weight"?`,
		"zzzzzz":  `choose one of "title", "weight", "baseURL"`,
		"baseurl": `did you mean "baseURL"?`, // letters in another case, however many
		"BASEURL": `did you mean "baseURL"?`,
	} {
		if got := DidYouMean(word, []string{"title", "weight", "baseURL"}); got != want {
			t.Errorf("DidYouMean(%q) = %q, want %q", word, got, want)
		}
	}
}

// TestHintPrintedOnce: in a list, a hint is printed after the first
// diagnostic that has it only; a different hint is printed where it comes.
func TestHintPrintedOnce(t *testing.T) {
	same := "mark exactly one option `correct: true`"
	l := List{
		{File: "q.yaml", Line: 3, Severity: Error, Message: "two right answers", Hint: same},
		{File: "q.yaml", Line: 9, Severity: Error, Message: "no right answer", Hint: "mark one"},
		{File: "q.yaml", Line: 12, Severity: Error, Message: "three right answers", Hint: same},
		{File: "r.yaml", Line: 1, Severity: Warning, Message: "no hint"},
	}
	want := "q.yaml:3: error: two right answers\n  hint: " + same + "\n" +
		"q.yaml:9: error: no right answer\n  hint: mark one\n" +
		"q.yaml:12: error: three right answers\n" +
		"r.yaml:1: warning: no hint\n"
	if got := l.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if l[2].Hint != same || l[2].String() != "q.yaml:12: error: three right answers\n  hint: "+same+"\n" {
		t.Errorf("printing the list changed a diagnostic, or one alone lost its hint: %+v", l[2])
	}
}

// TestNearest: the example for a name that is no page is the page of the
// same chapter that begins most like it, however far, not the first.
func TestNearest(t *testing.T) {
	pages := []string{"cs/ch/farewell", "cs/ch/greet-customers", "cs/other/greeting-tips"}
	for word, want := range map[string]string{
		"cs/ch/greeting":  "cs/ch/greet-customers",
		"cs/ch/welcome":   "cs/ch/farewell",
		"library/unknown": "cs/ch/farewell",
	} {
		if got := Nearest(word, pages); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", word, got, want)
		}
	}
	if got := Nearest("x", nil); got != "" {
		t.Errorf("Nearest of none = %q", got)
	}
}

// TestDidYouMeanChinese: a key or type typed in Chinese, or with the
// input method's punctuation around it, or cut short, is pointed at the
// English one meant.
func TestDidYouMeanChinese(t *testing.T) {
	keys := []string{"id", "type", "prompt", "explain", "answer", "options"}
	types := []string{"single", "multiple", "truefalse", "fill", "order", "match"}
	for _, c := range []struct {
		word       string
		candidates []string
		want       string
	}{
		{"题目", keys, `did you mean "prompt"?`},
		{"prompt，", keys, `did you mean "prompt"?`},
		{"“prompt”", keys, `did you mean "prompt"?`},
		{"解析", keys, `did you mean "explain"?`},
		{"单选", types, `did you mean "single"?`},
		{"判断题", types, `did you mean "truefalse"?`},
		{"multi", types, `did you mean "multiple"?`},
		{"问答", types, `choose one of "single", "multiple", "truefalse", "fill", "order", "match"`},
	} {
		if got := DidYouMean(c.word, c.candidates); got != c.want {
			t.Errorf("DidYouMean(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}
