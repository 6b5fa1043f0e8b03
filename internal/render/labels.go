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
	},
	"en": {
		"skip": "Skip to content", "site_nav": "Site", "tags": "Tags", "made_with": "Made with Skillbook",
		"breadcrumbs": "Breadcrumbs", "course_nav": "Course contents", "toc": "On this page", "courses": "Courses",
		"chapters_n": "%d chapters", "skills_n": "%d skill points", "keypoints_n": "%d key points", "articles_n": "%d articles",
		"skills": "Skill points", "pager": "Previous and next", "prev": "Previous", "next": "Next",
		"not_found": "Page not found", "not_found_text": "This page does not exist; it may have been moved or deleted.", "back_home": "Back to the home page",
		"library": "Library",
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
