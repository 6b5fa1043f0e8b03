package quiz

import "testing"

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"事件":         "事件",
		"事件。":        "事件",
		" 事件 。 ":     "事件",
		"２８":         "28",
		"ＡＢＣ！":       "abc",
		"Who, Why？":  "who, why",
		"1/2":        "1/2",
		"3.5":        "3.5",
		"。":          "。",
		"":           "",
		"先 问候  再 询问": "先 问候 再 询问",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
