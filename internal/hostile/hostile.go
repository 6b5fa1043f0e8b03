// Package hostile writes test sites whose every name and text is hostile:
// file names no other file system can store, and cross-site scripting
// payloads in titles, summaries, key points, tags, quizzes and file names.
// The build and browser tests build them and check what comes out.
package hostile

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Marker is the global a payload that runs sets (window[Marker] = 1); a
// test reads it after each page to know that no script ran.
const Marker = "__skillbookXSS"

// Payloads are cross-site scripting payloads of the OWASP cheat sheet's
// classes: tags, event attributes, javascript: URLs, SVG, entity tricks,
// broken quotes and comments. Each sets Marker or opens a dialog if it runs.
var Payloads = []string{
	`<script>window.__skillbookXSS=1;alert(1)</script>`,
	`<img src=x onerror=alert(12)>`,
	`<img src=x onerror="window.__skillbookXSS=1">`,
	`<svg onload=alert(1)>`,
	`<svg><script>alert(1)</script></svg>`,
	`<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>`,
	`<body onload=alert(1)>`,
	`<iframe src="javascript:alert(1)"></iframe>`,
	`<a href="javascript:alert(1)">click</a>`,
	`javascript:alert(1)`,
	`JaVaScRiPt:window.__skillbookXSS=1`,
	`&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)`,
	`&lt;script&gt;alert(1)&lt;/script&gt;`,
	`\u003cscript\u003ealert(1)\u003c/script\u003e`,
	`"><script>alert(1)</script>`,
	`'><img src=x onerror=alert(1)>`,
	`" onmouseover="alert(1)" x="`,
	`' onfocus='alert(1)' autofocus x='`,
	"`-alert(1)-`",
	`</title><script>alert(1)</script>`,
	`</textarea><script>alert(1)</script>`,
	`</script><script>alert(1)</script>`,
	`<!--<img src="--><img src=x onerror=alert(1)//">`,
	`<details open ontoggle=alert(1)>`,
	`<input autofocus onfocus=alert(1)>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<object data="javascript:alert(1)">`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
	`<style>@import 'javascript:alert(1)';</style>`,
	`{{.}}{{template "x"}}${alert(1)}`,
	`');alert(1);//`,
	`\";alert(1);//`,
	"\u202e<img src=x onerror=alert(1)>",
	`<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
	`培训<script>alert("培训")</script>客户`,
}

// Names are file and folder names that Linux stores and Windows, macOS or
// FAT do not: reserved characters, device names, trailing dots and spaces,
// control characters, over-long names, and a few payloads.
var Names = []string{
	`<img src=x onerror=alert(12)>`, `a:b`, `q?`, `star*`, `pipe|`, `quote"`, `back\slash`,
	`CON`, `nul.txt`, `com1`, `LPT9.md`, `aux `, `trail.`, "ctl\x01\x1f", `#hash`, `100%`,
	strings.Repeat("长", 80), strings.Repeat("x", 240), `客户服务`, `"><svg onload=alert(1)>`,
}

// Tags are tags that names cannot simply be made of: case twins,
// Unicode twins, dots, slashes and payloads.
var Tags = append([]string{"Go", "go", "GO", ".", "..", "a/b", "a-b", "CON", "com1.txt", " trailing ", "客户服务",
	"é", "e\u0301", strings.Repeat("标签", 100)}, Payloads...)

// WriteSite writes a site into dir: a course whose chapter and skill point
// files have the hostile Names, with Payloads in every title, summary, key
// point, tag and id, library articles, content files, and a quiz of every
// question type made of payloads.
func WriteSite(dir string) error {
	w := writer{dir: dir}
	w.file("skillbook.yaml", "title: "+q(Payloads[0])+"\nid: hostile\n")
	w.file("content/_index.md", page(Payloads[1], Payloads[2], nil)+"欢迎 "+Payloads[3]+"\n")
	w.file("content/cs/_index.md", page("课程 "+Payloads[4], Payloads[5], Tags[:3]))
	w.file("content/cs/"+Names[0]+"/_index.md", page("章 "+Payloads[6], Payloads[7], nil))
	for i, name := range Names {
		w.file(fmt.Sprintf("content/cs/%s/%02d-%s.md", Names[0], i+1, name), skill(i))
		w.file("content/cs/"+Names[0]+"/files/"+name+".bin", "file "+name)
		w.file("content/library/"+name+".md", page(pick(i+9), pick(i+10), []string{pick(i + 11)})+"正文 "+pick(i+12)+"\n")
	}
	w.file("quizzes/"+Names[1]+".yaml", quizYAML("cs/"+Names[0]))
	return w.err
}

// pick returns a payload, cycling through them.
func pick(i int) string { return Payloads[i%len(Payloads)] }

type writer struct {
	dir string
	err error
}

func (w *writer) file(rel, text string) {
	p := filepath.Join(w.dir, filepath.FromSlash(rel))
	if w.err == nil {
		w.err = os.MkdirAll(filepath.Dir(p), 0o755)
	}
	if w.err == nil {
		w.err = os.WriteFile(p, []byte(text), 0o644)
	}
}

// q quotes s for YAML (a JSON string is a YAML double-quoted scalar).
func q(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func page(title, summary string, tags []string) string {
	var quoted []string
	for _, t := range tags {
		quoted = append(quoted, q(t))
	}
	return "---\ntitle: " + q(title) + "\nsummary: " + q(summary) + "\ntags: [" + strings.Join(quoted, ", ") + "]\n---\n"
}

// skill is the i-th skill point: payloads everywhere a trainer writes, and
// Markdown links and images whose targets are payloads.
func skill(i int) string {
	var b strings.Builder
	fm := page(pick(i), pick(i+1), []string{Tags[i%len(Tags)], Tags[(i+7)%len(Tags)], pick(i + 2)})
	b.WriteString(strings.Replace(fm, "---\n", "---\nid: "+q(fmt.Sprintf("%d-%s", i, pick(i+3)))+"\n", 1))
	fmt.Fprintf(&b, "## 技能描述\n\n%s\n\n[链接](javascript:alert(1)) ![图](x\" onerror=\"alert(1)) <%s>\n\n",
		mdText(pick(i+4)), "javascript:alert(1)")
	fmt.Fprintf(&b, "## %s\n\n正文 `%s`\n\n", mdText(pick(i+5)), strings.ReplaceAll(pick(i+6), "`", "'"))
	b.WriteString("## 牢记要点\n\n")
	for k := 0; k < 3; k++ {
		fmt.Fprintf(&b, "- %s\n", mdText(pick(i+7+k)))
	}
	return b.String()
}

// mdText keeps a payload on one Markdown line.
func mdText(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// quizYAML is a quiz of every question type, every text a payload.
func quizYAML(target string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nfor: %s\nquestions:\n", q(pick(20)), q(target))
	fmt.Fprintf(&b, "  - {id: single, type: single, prompt: %s, explain: %s, options: [{text: %s, correct: true, feedback: %s}, {text: %s, feedback: %s}]}\n",
		q(pick(0)), q(pick(1)), q(pick(2)), q(pick(3)), q(pick(4)), q(pick(5)))
	fmt.Fprintf(&b, "  - {id: multiple, type: multiple, prompt: %s, explain: %s, options: [{text: %s, correct: true}, {text: %s, correct: true}, {text: %s, feedback: %s}]}\n",
		q(pick(6)), q(pick(7)), q(pick(8)), q(pick(9)), q(pick(10)), q(pick(11)))
	fmt.Fprintf(&b, "  - {id: tf, type: truefalse, prompt: %s, answer: true, feedback: {true: %s, false: %s}}\n", q(pick(12)), q(pick(13)), q(pick(14)))
	fmt.Fprintf(&b, "  - {id: fill, type: fill, prompt: %s, blanks: [{answers: [%s]}]}\n", q(pick(15)+" ___"), q(pick(16)))
	fmt.Fprintf(&b, "  - {id: order, type: order, prompt: %s, steps: [%s, %s, %s]}\n", q(pick(17)), q(pick(18)), q(pick(19)), q(pick(21)))
	fmt.Fprintf(&b, "  - {id: match, type: match, prompt: %s, pairs: [{left: %s, right: %s}, {left: %s, right: %s}]}\n",
		q(pick(22)), q(pick(23)), q(pick(24)), q(pick(25)), q(pick(26)))
	return b.String()
}

// GIFT is a Moodle GIFT question bank whose titles, prompts, answers and
// feedback are payloads, for the importer.
func GIFT() string {
	e := giftEscape
	var b strings.Builder
	fmt.Fprintf(&b, "::%s::%s {\n=%s#%s\n~%s#%s\n}\n\n", e(pick(1)), e(pick(2)), e(pick(3)), e(pick(4)), e(pick(5)), e(pick(6)))
	fmt.Fprintf(&b, "::tf::%s {T#%s#%s}\n\n", e(pick(7)), e(pick(8)), e(pick(9)))
	fmt.Fprintf(&b, "::multi::%s {\n~%%50%%%s\n~%%50%%%s\n~%%-100%%%s#%s\n}\n\n", e(pick(10)), e(pick(11)), e(pick(12)), e(pick(13)), e(pick(14)))
	fmt.Fprintf(&b, "::short::%s {=%s}\n\n", e(pick(15)), e(pick(16)))
	fmt.Fprintf(&b, "::match::%s {\n=%s -> %s\n=%s -> %s\n}\n", e(pick(17)), e(pick(18)), e(pick(19)), e(pick(21)), e(pick(22)))
	return b.String()
}

// giftEscape escapes GIFT's special characters.
func giftEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "~", `\~`, "=", `\=`, "#", `\#`, "{", `\{`, "}", `\}`, ":", `\:`, "\n", " ").Replace(s)
}
