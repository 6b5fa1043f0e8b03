package diag

import (
	"strings"
	"unicode"
)

// chineseWords are the words a trainer may type in Chinese where Skillbook
// wants an English key or value, and the English meant: 题目 for prompt,
// 单选 for single.
var chineseWords = map[string]string{
	"标题": "title", "名称": "title", "题目": "prompt", "问题": "prompt", "题干": "prompt",
	"类型": "type", "题型": "type", "答案": "answer", "正确答案": "answer", "选项": "options",
	"解释": "explain", "解析": "explain", "说明": "explain", "反馈": "feedback", "分值": "points",
	"分数": "points", "及格线": "pass", "及格": "pass", "技能点": "skill", "步骤": "steps",
	"配对": "pairs", "填空": "blanks", "空": "blanks", "标签": "tags", "摘要": "summary",
	"权重": "weight", "草稿": "draft", "语言": "language", "主题": "theme", "正确": "correct",
	"单选": "single", "单选题": "single", "多选": "multiple", "多选题": "multiple",
	"判断": "truefalse", "判断题": "truefalse", "是非题": "truefalse", "填空题": "fill",
	"排序": "order", "排序题": "order", "连线": "match", "连线题": "match", "匹配": "match", "匹配题": "match",
}

// meant is the candidate a word stands for when typed otherwise: its
// Chinese name (题目: prompt), the word with punctuation typed around it
// (prompt，), or a candidate it begins (multi: multiple); "" when none.
func meant(word string, candidates []string) string {
	trimmed := strings.TrimFunc(word, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	for _, w := range []string{chineseWords[trimmed], trimmed} {
		for _, c := range candidates {
			if w != "" && w != word && strings.EqualFold(w, c) {
				return c
			}
		}
	}
	if len(trimmed) >= 3 {
		for _, c := range candidates {
			if strings.HasPrefix(c, strings.ToLower(trimmed)) {
				return c
			}
		}
	}
	return ""
}
