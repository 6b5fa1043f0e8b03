package render

import (
	"fmt"
	"strings"
)

// labels holds the theme's interface text per language; %d stands for a count.
var labels = map[string]map[string]string{
	"zh": {
		"skip": "跳到正文", "site_nav": "网站导航", "tags": "标签", "made_with": "由 Skillbook 生成",
		"breadcrumbs": "面包屑导航", "course_nav": "课程目录", "toc": "本页目录", "courses": "课程",
		"chapters_n": "%d 章", "skills_n": "%d 个技能点", "keypoints_n": "%d 个要点", "articles_n": "%d 篇文章",
		"skills": "技能点", "pager": "上一节与下一节", "prev": "上一节", "next": "下一节",
		"not_found": "页面不存在", "not_found_text": "找不到这个页面，它可能已被移动或删除。", "back_home": "返回首页",
		"library": "知识库",
		"search":  "搜索", "search_placeholder": "搜索（按 / ）", "search_results": "搜索结果",
		"search_none": "没有找到包含“%s”的页面。试试更短的词，或换一种说法。", "search_count": "找到 %d 个结果",
		"search_failed": "搜索数据加载失败，请刷新页面重试。", "search_hint": "输入要找的字词，例如：培训、客户、牢记要点。",
		"kind": "类型", "all_courses": "全部课程",
		"progress": "学习进度", "progress_label": "已掌握 %d / %d 个技能点", "progress_unsaved": "此浏览器无法保存学习进度：关闭页面后，勾选和阅读记录会丢失。",
		"progress_corrupt": "保存的学习进度已损坏或来自更新的版本，已另存一份并重新开始记录。", "mastered": "已掌握", "all_kinds": "全部类型", "kind_skill": "技能点", "kind_chapter": "章", "kind_course": "课程", "kind_article": "文章",
	},
	"en": {
		"skip": "Skip to content", "site_nav": "Site", "tags": "Tags", "made_with": "Made with Skillbook",
		"breadcrumbs": "Breadcrumbs", "course_nav": "Course contents", "toc": "On this page", "courses": "Courses",
		"chapters_n": "%d chapters", "skills_n": "%d skill points", "keypoints_n": "%d key points", "articles_n": "%d articles",
		"skills": "Skill points", "pager": "Previous and next", "prev": "Previous", "next": "Next",
		"not_found": "Page not found", "not_found_text": "This page does not exist; it may have been moved or deleted.", "back_home": "Back to the home page",
		"library": "Library",
		"search":  "Search", "search_placeholder": "Search (press /)", "search_results": "Search results",
		"search_none": "No page contains “%s”. Try a shorter word or another one.", "search_count": "%d results",
		"search_failed": "The search data could not be loaded; reload the page to try again.", "search_hint": "Type the words you are looking for.",
		"kind": "Kind", "all_courses": "All courses",
		"progress": "Progress", "progress_label": "%d of %d skill points mastered", "progress_unsaved": "This browser cannot keep your progress: ticks and reading are lost when the page closes.",
		"progress_corrupt": "The saved progress was damaged or from a newer version; it was set aside and a new record started.", "mastered": "mastered", "all_kinds": "All kinds", "kind_skill": "Skill point", "kind_chapter": "Chapter", "kind_course": "Course", "kind_article": "Article",
	},
}

// label returns the interface text for key in language lang ("zh-CN" uses
// "zh"), with a count filled in when args are given.
func label(lang, key string, args ...any) string {
	set, ok := labels[strings.ToLower(strings.SplitN(lang, "-", 2)[0])]
	if !ok {
		set = labels["zh"]
	}
	text, ok := set[key]
	if !ok {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(text, args...)
	}
	return text
}
