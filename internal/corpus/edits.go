package corpus

import (
	"errors"
	"strings"
)

// An Edit makes round's version of a skill point's source src, with marker
// somewhere on its page: the saves that benchmarks of `serve` time. Every
// edit starts from the original source, so that rounds do not pile up.
type Edit func(src, marker string, round int) (string, error)

// EditKinds are the names of Edits, the ordinary edit first.
var EditKinds = []string{"body", "common", "summary", "keypoint", "title"}

// commonWord is the frequent word that the common edit adds and removes:
// in nearly every page of the generated corpus.
const commonWord = "客户"

// keyPointsHeading starts a skill point's checklist.
const keyPointsHeading = "\n## 牢记要点"

// Edits are the kinds of save measured, by name:
//
//	body      a sentence of the body's last section gets the marker (an
//	          ordinary edit)
//	common    the same, and that section loses every 客户 (odd rounds) or
//	          gains one more (even rounds): the postings of a term in most
//	          pages change
//	summary   the body's first sentence, the page's summary, gets the marker
//	keypoint  the first key point gets the marker
//	title     the title gets the marker
var Edits = map[string]Edit{
	"body": func(src, marker string, _ int) (string, error) {
		return inLastSection(src, marker)
	},
	"common": func(src, marker string, round int) (string, error) {
		if round%2 == 0 {
			return inLastSection(src, marker+"，"+commonWord)
		}
		before, section, rest, err := lastSection(src)
		if err != nil {
			return "", err
		}
		return inLastSection(before+strings.ReplaceAll(section, commonWord, "")+rest, marker)
	},
	"summary": func(src, marker string, _ int) (string, error) {
		head, body, rest, err := bodyOf(src)
		if err != nil {
			return "", err
		}
		edited, err := inSentence(body, marker)
		return head + edited + rest, err
	},
	"keypoint": func(src, marker string, _ int) (string, error) {
		i := strings.Index(src, keyPointsHeading)
		j := strings.Index(src[max(i, 0):], "\n- ")
		if i < 0 || j < 0 {
			return "", errors.New("no key point")
		}
		end := i + j + 1 + strings.IndexByte(src[i+j+1:]+"\n", '\n')
		return src[:end] + " " + marker + src[end:], nil
	},
	"title": func(src, marker string, _ int) (string, error) {
		i := strings.Index(src, "\ntitle:")
		if !strings.HasPrefix(src, "---\n") || i < 0 {
			return "", errors.New("no title in the front matter")
		}
		end := i + 1 + strings.IndexByte(src[i+1:], '\n')
		if strings.HasSuffix(src[:end], `"`) {
			end--
		}
		return src[:end] + " " + marker + src[end:], nil
	},
}

// bodyOf cuts a skill point's source into its front matter, its body up to
// the key points, and the rest.
func bodyOf(src string) (head, body, rest string, err error) {
	start := 0
	if strings.HasPrefix(src, "---\n") {
		if end := strings.Index(src[4:], "\n---\n"); end >= 0 {
			start = 4 + end + 5
		}
	}
	end := strings.Index(src, keyPointsHeading)
	if end < start {
		return "", "", "", errors.New("no key points after the body")
	}
	return src[:start], src[start:end], src[end:], nil
}

// inLastSection puts text at the end of the first sentence of the body's
// last section (after its last heading), not in the page's summary.
func inLastSection(src, text string) (string, error) {
	before, section, rest, err := lastSection(src)
	if err != nil {
		return "", err
	}
	edited, err := inSentence(section, text)
	return before + edited + rest, err
}

// lastSection splits a page into what comes before the body's last
// section (from its last heading on), the section, and the key points on.
func lastSection(src string) (before, section, rest string, err error) {
	head, body, rest, err := bodyOf(src)
	if err != nil {
		return "", "", "", err
	}
	i := strings.LastIndex(body, "\n## ")
	if i < 0 {
		return "", "", "", errors.New("no section in the body")
	}
	return head + body[:i], body[i:], rest, nil
}

// inSentence puts text at the end of the first sentence of body.
func inSentence(body, text string) (string, error) {
	i := strings.Index(body, "。")
	if i < 0 {
		return "", errors.New("no sentence in the body")
	}
	return body[:i] + text + body[i:], nil
}
