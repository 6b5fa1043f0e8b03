package markdown

import (
	"strings"
	"testing"
)

// TestCJKEmphasis: bold and italic whose text ends or starts with Chinese
// punctuation, next to Chinese text, render as emphasis (CommonMark alone
// leaves their stars on the page); English and the other uses of * parse
// as CommonMark says.
func TestCJKEmphasis(t *testing.T) {
	c := New("技能描述", "牢记要点")
	for md, want := range map[string]string{
		"**注意：**员工是不能挑选客户的。":          "<p><strong>注意：</strong>员工是不能挑选客户的。</p>",
		"***人是组织中最具价值的财富。***企业不仅要为员工": "<p><em><strong>人是组织中最具价值的财富。</strong></em>企业不仅要为员工</p>",
		"价格以**（含税）**为准":               "<p>价格以<strong>（含税）</strong>为准</p>",
		"要*“微笑”*服务":                   "<p>要<em>“微笑”</em>服务</p>",
		"**服务**是无形的":                  "<p><strong>服务</strong>是无形的</p>",
		"a **b** c, a**b**c, 2*3*4":   "<p>a <strong>b</strong> c, a<strong>b</strong>c, 2<em>3</em>4</p>",
		"**foo.**bar":                 "<p>**foo.**bar</p>", // CommonMark's rule stays for Latin text
		"snake_case_name 与 __粗__":     "<p>snake_case_name 与 <strong>粗</strong></p>",
		"5 * 3 = 15，星号 * 单独":          "<p>5 * 3 = 15，星号 * 单独</p>",
	} {
		doc, _ := c.Parse([]byte(md + "\n"))
		html, err := c.HTML(doc)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(html); got != want {
			t.Errorf("%s\n got: %s\nwant: %s", md, got, want)
		}
	}
}
