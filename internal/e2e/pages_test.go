package e2e

import (
	"net/url"

	"skillbook/internal/manifest"
)

// sitePage is a page to check or photograph: its name (in messages and
// file names), its path from the site root, the kind its body class says,
// what to wait for once it is open (search results, say), and what the
// trainee then does on it (answer the quiz), if anything.
type sitePage struct {
	name, path, kind string
	ready, act       func(w walker)
}

// pageTour is a page of every kind of one site: fresh ones first, seen by
// a trainee with no progress, then studied ones, seen after study.
type pageTour struct {
	fresh, studied []sitePage
	study          func(w walker)
}

// tourOf lists a page of every kind of a built site, from its manifest: the
// first course, chapter, skill point and article, the first quiz before and
// after answering when the site has quizzes, a drill, the practice page,
// 我的进度 and 复习 empty and after study, search with results, and 404.
func tourOf(m *manifest.Manifest) pageTour {
	course := m.Courses[0]
	chapter := course.Chapters[0]
	skill := chapter.Skills[0]
	fresh := []sitePage{
		{"home", "", "home", nil, nil},
		{"course", course.URL, "course", nil, nil},
		{"chapter", chapter.URL, "chapter", nil, nil},
		{"skill", skill.URL, "skill", nil, nil},
		{"library", "library/", "library", nil, nil},
		{"article", m.Library[0].URL, "article", nil, nil},
	}
	for _, q := range m.Quizzes {
		if !q.Drill {
			fresh = append(fresh, sitePage{"quiz", q.URL, "quiz", nil, nil}, sitePage{"quiz-answered", q.URL, "quiz", nil, answerAnything})
			break
		}
	}
	fresh = append(fresh,
		sitePage{"drill", "drills/?s=" + url.QueryEscape(skill.URL), "drill", waitForDrill, nil},
		sitePage{"practice", "practice/" + course.URL, "practice", nil, nil},
		sitePage{"progress-empty", "progress/", "progress", nil, nil},
		sitePage{"review-empty", "review/", "review", nil, nil},
		sitePage{"search", "search/?q=" + url.QueryEscape(skill.Title), "search", waitForResults, nil},
		sitePage{"404", "404.html", "404", nil, nil},
	)
	studied := []sitePage{
		{"home-studied", "", "home", nil, nil},
		{"progress", "progress/", "progress", nil, nil},
		{"review", "review/", "review", nil, showReviewCard},
	}
	second := chapter.Skills[1].URL
	return pageTour{fresh: fresh, studied: studied, study: func(w walker) { study(w, skill.URL, skill.Quizzes, second) }}
}

// tagPages are the tag pages, which only the golden fixture site has.
var tagPages = []sitePage{{"tags", "tags/", "tags", nil, nil}, {"tag", "tags/沟通/", "tag", nil, nil}}

// study ticks every key point of the first skill point, reads it to the
// end, passes its quizzes (one is enough: it is then mastered), and ticks
// one key point of the second: 我的进度 and 复习 have something to show.
func study(w walker, first string, quizzes []string, second string) {
	w.t.Helper()
	w.axe = ""
	w.eval(`localStorage.clear()`)
	w.visit(w.base+first, "skill")
	w.eval(`document.querySelectorAll(".keypoints input[type=checkbox]").forEach(b => b.click()); window.scrollTo(0, document.body.scrollHeight)`)
	waitJS(w.t, w, `Object.keys(Skillbook.progress.record().read).length > 0`)
	for _, q := range quizzes {
		w.eval(`document.dispatchEvent(new CustomEvent("skillbook:quiz", {detail: {quiz: ` + jsString(q) + `, score: 1, total: 1, passed: true, at: Date.now(), missed: []}}))`)
	}
	w.visit(w.base+second, "skill")
	w.eval(`document.querySelector(".keypoints input[type=checkbox]").click()`)
}

// answerAnything answers each question of the quiz on the page with its
// first option (or a word) and checks the answers.
func answerAnything(w walker) {
	w.t.Helper()
	w.eval(`document.querySelectorAll("form.quiz fieldset").forEach(f => {
		const choice = f.querySelector("input[type=radio], input[type=checkbox]");
		if (choice) choice.click();
		f.querySelectorAll("input[type=text]").forEach(i => { i.value = "微笑"; });
	}); document.querySelector("form.quiz .quiz-check, form.quiz [type=submit]").click()`)
	waitJS(w.t, w, `document.querySelector(".quiz-score").textContent.trim() !== ""`)
}

// showReviewCard shows the key point of the first card to review, and the
// buttons that grade it.
func showReviewCard(w walker) {
	w.t.Helper()
	waitJS(w.t, w, `!document.getElementById("review-card").hidden`)
	w.eval(`document.getElementById("review-show").click()`)
	waitJS(w.t, w, `!document.getElementById("review-grades").hidden`)
}

func waitForDrill(w walker) { waitJS(w.t, w, `!!document.querySelector("#drill form.quiz")`) }

func waitForResults(w walker) {
	waitJS(w.t, w, `document.querySelectorAll("#search-results li, #search-results article").length > 0`)
}

// open opens a page of the tour and waits until it is ready; it leaves
// running axe-core to the caller.
func (w walker) open(p sitePage) {
	w.t.Helper()
	w.axe = ""
	w.visit(w.base+p.path, p.kind)
	if p.ready != nil {
		p.ready(w)
	}
}
