package quiz

import "strings"

// phrases are the words of generated drills, in the site's language.
type phrases struct {
	title string
	which func(skill string) string
	order func(skill string) string
	fill  string
}

func phrasesFor(language string) phrases {
	if strings.HasPrefix(language, "en") {
		return phrases{
			title: " · key-point drill",
			which: func(s string) string { return "Which of these are key points of “" + s + "”?" },
			order: func(s string) string { return "Put these key points of “" + s + "” in their order." },
			fill:  "Fill in the missing words: ",
		}
	}
	return phrases{
		title: " · 牢记要点练习",
		which: func(s string) string { return "以下哪些是「" + s + "」的牢记要点？" },
		order: func(s string) string { return "把「" + s + "」的这几条牢记要点按原文顺序排列。" },
		fill:  "补全牢记要点：",
	}
}

// DrillWords are the words a generated drill puts around its skill point's
// title and key points, for the drills' data to give once instead of in
// every drill: the ending of a drill's title, what comes before and after
// the skill point's title in the prompts of its "which" and "order"
// questions, and what starts a fill question's prompt.
type DrillWords struct {
	TitleEnd     string
	Which, Order [2]string
	Fill         string
}

// DrillWordsFor returns the DrillWords of the site's language.
func DrillWordsFor(language string) DrillWords {
	w := phrasesFor(language)
	around := func(f func(string) string) [2]string {
		pre, post, _ := strings.Cut(f("\x00"), "\x00")
		return [2]string{pre, post}
	}
	return DrillWords{TitleEnd: w.title, Which: around(w.which), Order: around(w.order), Fill: w.fill}
}
