package markdown

import (
	"strings"
	"testing"
)

// TestInlineTags: <br>, <sup> and <sub> render (a table cell's line break,
// H<sub>2</sub>O); every other raw HTML is still omitted.
func TestInlineTags(t *testing.T) {
	c := New("技能描述", "牢记要点")
	doc, _ := c.Parse([]byte("| 时段 | 用语 |\n| --- | --- |\n| 上午 | 您好<br>请讲 |\n\nH<sub>2</sub>O 与 m<sup>2</sup> <script>alert(1)</script> <b onclick=x>粗</b>\n"))
	html, err := c.HTML(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<td>您好<br>请讲</td>", "H<sub>2</sub>O", "m<sup>2</sup>", "<!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted -->", "<!-- raw HTML omitted -->粗<!-- raw HTML omitted -->"} {
		if !strings.Contains(html, want) {
			t.Errorf("rendered HTML lacks %s:\n%s", want, html)
		}
	}
	if strings.Contains(html, "<script") || strings.Contains(html, "onclick") {
		t.Errorf("raw HTML got through:\n%s", html)
	}
}
