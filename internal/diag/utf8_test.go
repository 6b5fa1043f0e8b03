package diag

import "testing"

// TestNotUTF8 puts the error at the first byte that is not UTF-8 (a GBK
// 测 at the third line's seventh column), whatever file it is in.
func TestNotUTF8(t *testing.T) {
	src := []byte("title: 测验\nfor: cs\nskill: \xb2\xe2\n")
	d := NotUTF8("quizzes/a.yaml", src)
	if d.Line != 3 || d.Col != 8 || d.Source != "" || d.Severity != Error || d.Message != "file is not valid UTF-8" {
		t.Errorf("NotUTF8 = %+v", d)
	}
}
