package manual

import "testing"

// shortArticles is a text manual in the seed's style whose library
// articles are short: a title line, then a paragraph that repeats it.
// Its first line, the document's title, is repeated below it as page
// chrome, and a chapter line follows.
const shortArticles = `客户服务管理

客户服务管理
客户服务管理
第二章客户服务人员培训——客户服务管理的基石
技能点1 如何进行客户服务培训前的工作
技能描述
客户服务培训的目的是让员工掌握服务的技能。
牢记要点
员工培训之前必须做到:
选聘具有潜质的员工
培训要有明确的目的
服务质量保证方法
服务质量保证方法 为保证服务质量,本公司制定服务质量保证方法,请各部门认真执行,执行情况每月检查一次。
转变服务模式
转变服务模式,给您全新体验。在新金融不断发展的大环境下,服务方式要不断创新。
相关文档
`

// articlesOnly is a text that is nothing but a run of short articles.
const articlesOnly = `管理服务体系
管理服务体系 一是建立服务标准,二是加强服务考核,三是落实服务责任。
服务质量管理办法
服务质量管理办法 第一条 为加强服务质量管理,特制定本办法。
第二条 本办法适用于全体员工。
`

// TestTextShapes: short articles are recognised by their shape after the
// last key points and as a run at the end; the title line becomes the
// course's title, not a chapter with an empty skill point.
func TestTextShapes(t *testing.T) {
	for name, text := range map[string]string{"short-articles.txt": shortArticles, "articles-only.txt": articlesOnly} {
		t.Run(name, func(t *testing.T) {
			m := Parse(text)
			checkGolden(t, name, importDump(m, Layout{Course: "service", Title: m.Title}))
			checkNothingLost(t, []byte(text))
		})
	}
}
