package manual

import (
	"strings"
	"testing"
)

// FuzzImport: no input makes the import panic, and none loses a character
// that is not dropped chrome.
//
//	go test ./internal/manual -fuzz FuzzImport -fuzztime 60s
func FuzzImport(f *testing.F) {
	f.Add(readSeed(f))
	for _, s := range []string{
		"", "相关文档", "技能点", "牢记要点", "第章", "第十二章\n技能点1 甲\n技能描述\n乙\n牢记要点\n丙:\n丁\n",
		"标题\n\n标题\n正文,\n\n续。\n## 不是标题\n- 1. 列表\n(1)一\n(2)二\n",
		"文章\n一 二 三 " + strings.Repeat("很长的正文", 40),
		"title: \"x\"\n---\n\x00\x1b[31m*_`<[]>\\",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkNothingLost(t, data)
	})
}
