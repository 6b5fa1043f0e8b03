package render

import (
	"encoding/json"
	"fmt"
	"strings"

	"skillbook/internal/output"
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
		"search_none": "没有找到包含“%s”的页面。试试更短的词，或换一种说法。", "search_count": "找到 %d 个结果", "search_shown": "显示前 %d 个结果", "search_more": "更多结果",
		"search_instead": "本站没有“%s”，以下是“%s”的结果", "search_dropped": "这些结果不含：%s", "search_suggest": "最接近的标题和要点",
		"search_filtered": "在所选课程和类型中没有找到“%s”。不限课程和类型时的结果：",
		"search_all":      "查看全部结果", "search_none_box": "没有直接的结果：打开搜索页",
		"search_failed": "搜索数据加载失败，请刷新页面重试。", "search_searching": "正在搜索……", "search_hint": "输入要找的字词，例如：培训、客户、牢记要点。",
		"kind": "类型", "all_courses": "全部课程",
		"progress": "学习进度", "progress_label": "已掌握 %d / %d 个技能点", "progress_unsaved": "此浏览器无法保存学习进度：关闭页面后，勾选和阅读记录会丢失。",
		"progress_corrupt": "保存的学习进度已损坏或来自更新的版本，已另存一份并重新开始记录。", "mastered": "已掌握",
		"review": "复习", "continue": "继续学习", "my_progress": "我的进度", "weak_spots": "尚未掌握", "weak_none": "暂时没有：开始学习后，未掌握的技能点会列在这里。", "weak_done": "已开始学习的课程中，技能点已全部掌握。", "mastered_list": "已掌握", "mastered_none": "还没有已掌握的技能点。",
		"export": "导出进度", "import": "导入进度", "reset": "重置进度", "reset_confirm": "确定要清除本站的全部学习进度吗？此操作无法撤销。清除前可先“导出进度”留作备份。",
		"imported": "已导入并合并进度。", "exported": "已导出为 %s。在另一台设备或浏览器打开“我的进度”，点“导入进度”选这个文件，即可接着学。", "import_failed": "无法导入：这不是 Skillbook 的进度文件。",
		"progress_empty_import": "在另一台设备或浏览器学过？先在那里“导出进度”，再在本页下方“导入进度”。", "progress_file": "本站是从本地文件打开的：这样学习的进度与通过网址打开时分开保存，互不相通。要带过去，请用“导出进度”和“导入进度”。",
		"certificate": "结业记录", "your_name": "姓名", "print": "打印结业记录", "self_reported": "本记录由学员自行填写，仅供参考，不是正式证书。", "date": "日期",
		"review_empty": "现在没有需要复习的要点。", "review_next": "下次复习：%s", "review_done": "看看还要学什么：我的进度", "review_none_yet": "先阅读技能点，读完后其牢记要点会出现在这里。",
		"show": "显示要点", "knew": "记得", "forgot": "不记得", "due_n": "待复习 %d 条", "all_kinds": "全部类型", "kind_skill": "技能点", "kind_chapter": "章节", "kind_course": "课程", "kind_article": "文章",
		"quiz": "测验", "quizzes": "测验", "drills": "牢记要点练习", "practice": "练习", "practice_of": "%s · 练习",
		"practice_intro": "本课程的全部测验和练习。练习由各技能点的牢记要点生成。", "drill_link": "做牢记要点练习",
		"questions_n": "%d 道题", "pass_mark": "及格线 %d%%", "q_n": "第 %d 题", "quiz_for": "所属：",
		"type_single": "单选题", "type_multiple": "多选题（选出所有正确项）", "type_truefalse": "判断题", "type_fill": "填空题", "type_order": "排序题", "type_match": "连线题",
		"true": "正确", "false": "错误", "blank_n": "第 %d 空", "order_help": "用 ↑ ↓ 把各步排成正确的顺序。各步起初是打乱的，移动过一步才算作答。", "move_up": "上移", "move_down": "下移", "choose": "请选择",
		"check_answers": "检查答案", "retry": "重做", "answer_or": "或", "answer_right": "回答正确", "answer_wrong": "回答错误",
		"quiz_passed": "通过", "quiz_failed": "未通过", "quiz_score": "得分 %d / %d（%d%%）", "quiz_review": "建议复习：", "quiz_best": "最好成绩 %d%%", "quiz_best_before": "更新前最好成绩 %d%%", "quiz_before": "更新前 %d%%", "quiz_passed_before": "（已通过）",
		"quiz_changed": "此测验在你上次作答后有更新：%s。", "quiz_added_n": "新增 %d 题", "quiz_changed_n": "修改 %d 题", "quiz_removed_n": "删去 %d 题", "q_new": "新题", "q_changed": "已修改", "quiz_last": "上次得分 %d / %d（%d%%）。", "quiz_last_wrong": "上次答错：", "q_last_wrong": "上次答错",
		"course_updated": "课程有更新。", "course_new_skills": "新增技能点：", "course_new_kps": "新增了牢记要点的技能点：", "course_changed_quizzes": "做过后有更新的测验：", "group_sep": "；", "progress_where": "学习进度只保存在本浏览器中，换设备、换浏览器或从本地文件打开时互不相通：", "progress_carry": "导出、导入进度", "more_n": " 等 %d 个",
		"not_passed_yet": "未通过：", "weak_needs": "还需通过：", "drill": "牢记要点练习", "drill_missing": "找不到这个练习：技能点可能已改名或删除。", "drill_loading": "正在载入练习……", "quiz_history": "测验记录", "quiz_history_none": "还没有做过测验。", "score": "得分", "result": "结果", "quiz_scores": "测验成绩",
		"answered_wrong": "答错：%s", "blanks_right": "（%d / %d 空正确）", "unanswered": "没有作答，按答错计：%s", "not_answered": "没有作答", "hard": "困难", "easy": "简单", "keypoint_of": "第 %d 条牢记要点（共 %d 条）", "review_again": "上一张卡片稍后在本次复习中再出现一次。",
		"review_help": "按空格键或点按卡片显示要点；按 1–4 评分：1 不记得、2 困难、3 记得、4 简单。", "review_help_touch": "点按“显示要点”或卡片看要点，再点按按钮评分：不记得、困难、记得、简单。", "next_quiz": "本章测验", "list_sep": "、",
		"mastery_rule": "已掌握的标准：%s。", "mastery_rule_none": "本站不设掌握标准。", "mastery_read": "读完本页（读到页末）", "mastery_keypoints": "勾选全部牢记要点", "mastery_quizzes": "通过相关测验",
		"mastery_needs": "掌握本技能点需要：", "mastery_done": "已掌握本技能点。", "mastery_quiz_passed": "已通过", "mastery_quiz_passed_before": "更新前已通过，可再做一次", "attempt_before": "（测验更新前）", "mastery_quiz_todo": "去做测验", "missed_question": "答错：", "quiz_empty": "还没有作答：请先回答题目，再检查答案。这次不计分。",
		"mark_right": "正确答案，你选对了", "mark_missed": "正确答案，你漏选了", "mark_wrong": "你选的，错误", "mark_answer": "正确答案",
		"right_answer": "正确答案：", "right_order": "正确顺序：", "right_match": "正确连线：",
		"lms_error": "学习平台报告了错误 %s：%s。学习记录可能没有保存到平台，请稍后再试或联系培训管理员。",

		"start_here": "从这里开始", "next_step": "下一步：", "all_articles": "全部 %d 篇文章", "search_site": "搜索课程、技能点和文章",
		"state_unread": "未读", "state_reading": "在读", "state_read": "已读完", "state_ticked": "已勾选部分要点", "state_ticked_all": "要点已全部勾选", "state_mastered": "已掌握",
		"ticked_n": "已勾选 %d / %d", "kp_new": "新", "moved_to": "本页已移至：", "to_keypoints": "去勾选牢记要点（%d 条）", "step_of": "本章第 %d / %d 节",
		"chapter_practice": "本章练习", "chapter_all_practice": "本章全部练习", "course_practice": "本课程全部练习", "drill_of": "牢记要点练习：%s", "practice_index_intro": "各课程的测验和牢记要点练习。",
		"practice_index_intro_drills": "各课程的牢记要点练习。", "practice_intro_drills": "本课程的牢记要点练习，由各技能点的牢记要点生成。",
		"quizzes_n": "%d 个测验", "drills_n": "%d 个牢记要点练习",
		"courses_waiting": "尚未开始的课程（%d 门）", "weak_later": "另有 %d 个技能点尚未开始", "weak_later_more": "另有 %d 个技能点", "courses_begun": "正在学习", "courses_other": "其他课程",
		"progress_empty": "还没有开始学习。读过的技能点和勾选的要点会记录在这里。", "menu": "菜单",
	},
	"en": {
		"skip": "Skip to content", "site_nav": "Site", "tags": "Tags", "made_with": "Made with Skillbook",
		"breadcrumbs": "Breadcrumbs", "course_nav": "Course contents", "toc": "On this page", "courses": "Courses",
		"chapters_n": "%d chapters", "skills_n": "%d skill points", "keypoints_n": "%d key points", "articles_n": "%d articles",
		"skills": "Skill points", "pager": "Previous and next", "prev": "Previous", "next": "Next",
		"not_found": "Page not found", "not_found_text": "This page does not exist; it may have been moved or deleted.", "back_home": "Back to the home page",
		"library": "Library",
		"search":  "Search", "search_placeholder": "Search (press /)", "search_results": "Search results",
		"search_none": "No page contains “%s”. Try a shorter word or another one.", "search_count": "%d results", "search_shown": "Showing the first %d results", "search_more": "More results",
		"search_instead": "Nothing on this site has “%s”: showing results for “%s”", "search_dropped": "Not in these results: %s", "search_suggest": "The nearest titles and key points",
		"search_filtered": "Nothing for “%s” in the chosen course and kind. Without them:",
		"search_all":      "All results", "search_none_box": "No direct match: open the search page",
		"search_failed": "The search data could not be loaded; reload the page to try again.", "search_searching": "Searching…", "search_hint": "Type the words you are looking for.",
		"kind": "Kind", "all_courses": "All courses",
		"progress": "Progress", "progress_label": "%d of %d skill points mastered", "progress_unsaved": "This browser cannot keep your progress: ticks and reading are lost when the page closes.",
		"progress_corrupt": "The saved progress was damaged or from a newer version; it was set aside and a new record started.", "mastered": "mastered",
		"review": "Review", "continue": "Continue", "my_progress": "My progress", "weak_spots": "Not mastered yet", "weak_none": "Nothing yet: once you start a course, its skill points not mastered yet appear here.", "weak_done": "Every skill point of the courses you started is mastered.", "mastered_list": "Mastered", "mastered_none": "No skill point mastered yet.",
		"export": "Export progress", "import": "Import progress", "reset": "Reset progress", "reset_confirm": "Clear all your progress on this site? This cannot be undone. Export your progress first to keep a copy.",
		"imported": "Progress imported and merged.", "exported": "Exported as %s. To go on elsewhere, open Progress on the other device or browser, choose Import progress and pick this file.", "import_failed": "Cannot import: this is not a Skillbook progress file.",
		"progress_empty_import": "Studied on another device or browser? Export your progress there, then import it below.", "progress_file": "This site was opened from files on disk: progress made this way is kept apart from progress made at its web address. Export and import your progress to take it across.",
		"certificate": "Completion record", "your_name": "Name", "print": "Print the completion record", "self_reported": "Self-reported by the trainee; not an official certificate.", "date": "Date",
		"review_empty": "Nothing to review now.", "review_next": "Next review: %s", "review_done": "What is left to learn: my progress", "review_none_yet": "Read a skill point first; its key points then come up here.",
		"show": "Show the key point", "knew": "I knew it", "forgot": "I didn't", "due_n": "%d due", "all_kinds": "All kinds", "kind_skill": "Skill point", "kind_chapter": "Chapter", "kind_course": "Course", "kind_article": "Article",
		"quiz": "Quiz", "quizzes": "Quizzes", "drills": "Key-point drills", "practice": "Practice", "practice_of": "%s · practice",
		"practice_intro": "Every quiz and drill of this course. Drills are made from each skill point's key points.", "drill_link": "Drill the key points",
		"questions_n": "%d questions", "pass_mark": "pass mark %d%%", "q_n": "Question %d", "quiz_for": "For:",
		"type_single": "Choose one", "type_multiple": "Choose all that apply", "type_truefalse": "True or false", "type_fill": "Fill in the blanks", "type_order": "Put in order", "type_match": "Match",
		"true": "True", "false": "False", "blank_n": "Blank %d", "order_help": "Put the steps in the right order with ↑ ↓. They start shuffled; moving one counts as an answer.", "move_up": "Move up", "move_down": "Move down", "choose": "Choose…",
		"check_answers": "Check answers", "retry": "Try again", "answer_or": "or", "answer_right": "Right", "answer_wrong": "Wrong",
		"quiz_passed": "Passed", "quiz_failed": "Not passed", "quiz_score": "Score %d / %d (%d%%)", "quiz_review": "Review:", "quiz_best": "best %d%%", "quiz_best_before": "best %d%% before the quiz changed", "quiz_before": "before the change %d%%", "quiz_passed_before": " (passed)",
		"quiz_changed": "This quiz has changed since you last took it: %s.", "quiz_added_n": "%d new", "quiz_changed_n": "%d changed", "quiz_removed_n": "%d taken out", "q_new": "new", "q_changed": "changed", "quiz_last": "Last time: %d / %d (%d%%). ", "quiz_last_wrong": "Missed last time: ", "q_last_wrong": "missed last time",
		"course_updated": "The course has changed. ", "course_new_skills": "New skill points: ", "course_new_kps": "Skill points with new key points: ", "course_changed_quizzes": "Quizzes changed since you took them: ", "group_sep": "; ", "progress_where": "Your progress is kept in this browser only; another device, another browser or the site opened from files keeps its own: ", "progress_carry": "export and import it", "more_n": " and %d in all",
		"not_passed_yet": "not passed: ", "weak_needs": "still to pass: ", "drill": "Key-point drill", "drill_missing": "This drill does not exist: its skill point may have been renamed or deleted.", "drill_loading": "Loading the drill…", "quiz_history": "Quiz history", "quiz_history_none": "No quiz taken yet.", "score": "Score", "result": "Result", "quiz_scores": "Quiz scores",
		"answered_wrong": "Wrong: %s", "blanks_right": " (%d of %d blanks right)", "unanswered": "Not answered, counted as wrong: %s", "not_answered": "not answered", "hard": "Hard", "easy": "Easy", "keypoint_of": "Key point %d of %d", "review_again": "The last card comes back later in this session.",
		"review_help": "Press Space or tap the card to show the key point; grade with 1–4: 1 forgot, 2 hard, 3 knew, 4 easy.", "review_help_touch": "Tap Show or the card to see the key point, then tap a button to grade it: forgot, hard, knew, easy.", "next_quiz": "Chapter quiz", "list_sep": ", ",
		"mastery_rule": "Mastered means: %s.", "mastery_rule_none": "This site sets no mastery rule.", "mastery_read": "read to the end", "mastery_keypoints": "every key point ticked", "mastery_quizzes": "its quizzes passed",
		"mastery_needs": "Mastering this skill point takes:", "mastery_done": "You have mastered this skill point.", "mastery_quiz_passed": "passed", "mastery_quiz_passed_before": "passed before it changed: take it again", "attempt_before": " (before the quiz changed)", "mastery_quiz_todo": "take the quiz", "missed_question": "missed: ", "quiz_empty": "Nothing answered yet: answer the questions, then check. This attempt is not recorded.",
		"mark_right": "right answer, chosen", "mark_missed": "right answer, missed", "mark_wrong": "your choice, wrong", "mark_answer": "right answer",
		"right_answer": "Right answer:", "right_order": "Right order:", "right_match": "Right pairs:",
		"lms_error": "The learning platform reported error %s: %s. Your progress may not have been saved there; try again later or tell your training administrator.",

		"start_here": "Start here", "next_step": "Next: ", "all_articles": "All %d articles", "search_site": "Search courses, skill points and articles",
		"state_unread": "not started", "state_reading": "reading", "state_read": "read", "state_ticked": "some key points ticked", "state_ticked_all": "all key points ticked", "state_mastered": "mastered",
		"ticked_n": "%d of %d ticked", "kp_new": "new", "moved_to": "This page has moved to: ", "to_keypoints": "Tick the key points (%d)", "step_of": "Section %d of %d in this chapter",
		"chapter_practice": "Practice for this chapter", "chapter_all_practice": "All practice in this chapter", "course_practice": "All practice in this course", "drill_of": "Key-point drill: %s", "practice_index_intro": "Each course's quizzes and key-point drills.",
		"practice_index_intro_drills": "Each course's key-point drills.", "practice_intro_drills": "This course's key-point drills, made from each skill point's key points.",
		"quizzes_n": "%d quizzes", "drills_n": "%d key-point drills",
		"courses_waiting": "Courses not begun (%d)", "weak_later": "%d more skill points not begun", "weak_later_more": "%d more skill points", "courses_begun": "In progress", "courses_other": "Other courses",
		"progress_empty": "Nothing studied yet. The skill points you read and the key points you tick are recorded here.", "menu": "Menu",
	},
}

// scriptLabels are the texts progress.js, search-ui.js and quiz.js show
// (each search result says its kind), in assets/labels.js
// rather than in data attributes of every page (0.7 KB of each).
var scriptLabels = []string{"progress_unsaved", "progress_corrupt", "progress_label", "state_unread", "state_reading", "state_read",
	"state_ticked", "state_ticked_all", "state_mastered", "mastery_needs", "mastery_done", "mastery_quiz_passed", "mastery_quiz_passed_before", "mastery_quiz_todo", "ticked_n", "kp_new",
	"quiz_best", "quiz_passed", "quiz_best_before", "quiz_before", "quiz_passed_before", "quiz_changed", "quiz_added_n", "quiz_changed_n", "quiz_removed_n", "q_new", "q_changed", "quiz_last", "quiz_last_wrong", "q_last_wrong", "list_sep", "course_updated", "course_new_skills", "course_new_kps", "course_changed_quizzes", "group_sep", "more_n", "mastery_read", "mastery_keypoints", "search_results", "search_all", "search_none_box", "search_instead",
	"kind_skill", "kind_article", "kind_chapter", "kind_course", "blanks_right", "courses_waiting", "skills_n", "weak_later", "weak_later_more", "courses_begun", "courses_other"}

// labelsScript is assets/labels.js: scriptLabels in the site's language,
// as window.Skillbook.labels, and mastery_rule_text, the sentence that
// explains the site's mastery rule (masteryRule), for the mastery panel
// progress.js draws; mastery_rule_no_keypoints, _no_quizzes and
// _no_keypoints_quizzes are the same for a skill point without key points
// to tick, without quizzes that ask about it, or without either.
func labelsScript(lang, rule string) output.File {
	set := map[string]string{"mastery_rule_text": masteryRule(lang, rule), "mastery_rule_no_keypoints": masteryRule(lang, without(rule, "keypoints")),
		"mastery_rule_no_quizzes": masteryRule(lang, without(rule, "quizzes")), "mastery_rule_no_keypoints_quizzes": masteryRule(lang, without(rule, "keypoints", "quizzes"))}
	for _, k := range scriptLabels {
		set[k] = label(lang, k)
	}
	b, _ := json.Marshal(set)
	return output.File{Path: AssetsDir + "labels.js", Data: append(append([]byte("(window.Skillbook = window.Skillbook || {}).labels = "), b...), ";\n"...)}
}

// Label is the theme's text for key in the site's language (Chinese when
// the language has none), with args put in its %d and %s.
func Label(lang, key string, args ...any) string { return label(lang, key, args...) }

// label returns the interface text for key in language lang ("zh-CN" uses
// "zh"), with args filled in when given.
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
