package quiz

import "testing"

// TestChineseBooleans: a true/false question's answer and a choice's
// correct mark written 对/错 (是/否, 正确/错误) read as true and false; a
// prompt or an option's text that says 对 stays text.
func TestChineseBooleans(t *testing.T) {
	src := `title: 测验
for: c
pass: 0.6
questions:
  - id: tf1
    type: truefalse
    prompt: 对
    answer: 错
  - id: tf2
    type: truefalse
    prompt: 见到客户要微笑。
    answer: 正确
  - id: pick
    type: single
    prompt: 见到客户时应该？
    options:
      - text: 对
      - text: 微笑
        correct: 对
`
	files, diags := loadSource(t, src)
	if len(files) != 1 || len(diags) > 0 {
		t.Fatalf("loading: %d files, %v", len(files), diags)
	}
	qs := files[0].Quiz.Questions
	if qs[0].Answer == nil || *qs[0].Answer || qs[0].Prompt != "对" || qs[1].Answer == nil || !*qs[1].Answer {
		t.Errorf("true/false answers: %v %v, prompt %q", qs[0].Answer, qs[1].Answer, qs[0].Prompt)
	}
	if o := qs[2].Options; o[0].Correct || o[0].Text != "对" || !o[1].Correct {
		t.Errorf("options: %+v", o)
	}
}
