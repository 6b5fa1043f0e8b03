package manual

import (
	"strconv"
	"strings"
)

// shown is the number Word shows before a paragraph numbered numID at
// level ilvl, as mark last counted it, followed by what separates it from
// the text: its level's lvlText with %1…%9 replaced by each level's count
// in that level's format ("第%1章" → "第一章 ", "%1.%2" → "2.3 "). ""
// for a bullet, a level without a number, or a format it does not know.
func (n *numbering) shown(numID string, ilvl int) string {
	ilvl = min(max(ilvl, 0), 8)
	levels := n.levels[n.abstractOf[numID]]
	lvl, ok := levels[ilvl]
	if !ok || !lvl.ordered || lvl.text == "" {
		return ""
	}
	c := n.counter(numID)
	var b strings.Builder
	for i := 0; i < len(lvl.text); i++ {
		if lvl.text[i] != '%' || i+1 == len(lvl.text) || lvl.text[i+1] < '1' || lvl.text[i+1] > '9' {
			b.WriteByte(lvl.text[i])
			continue
		}
		k := int(lvl.text[i+1] - '1')
		i++
		format := levels[k].format
		if lvl.legal {
			format = "decimal"
		}
		s, known := formatNumber(c[k], format)
		if !known {
			return ""
		}
		b.WriteString(s)
	}
	return strings.TrimSpace(b.String()) + lvl.suffix
}

// formatNumber writes v as Word's number format does: 1, 01, 一, 壹, 甲,
// A, a, I, i, ①, １. false for a format it does not know.
func formatNumber(v int, format string) (string, bool) {
	switch format {
	case "decimal", "":
		return strconv.Itoa(v), true
	case "decimalZero":
		if v < 10 {
			return "0" + strconv.Itoa(v), true
		}
		return strconv.Itoa(v), true
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(v)), true
	case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
		return countInChinese(v, []rune("零一二三四五六七八九"), []rune("十百千")), true
	case "chineseLegalSimplified":
		return countInChinese(v, []rune("零壹贰叁肆伍陆柒捌玖"), []rune("拾佰仟")), true
	case "ideographDigital", "taiwaneseDigital":
		return strings.Map(func(r rune) rune { return []rune("〇一二三四五六七八九")[r-'0'] }, strconv.Itoa(v)), true
	case "ideographTraditional":
		return cycle(v, "甲乙丙丁戊己庚辛壬癸"), true
	case "ideographZodiac":
		return cycle(v, "子丑寅卯辰巳午未申酉戌亥"), true
	case "upperLetter", "lowerLetter":
		s := strings.Repeat(string(rune('A'+(v-1)%26)), (v-1)/26+1)
		if format == "lowerLetter" {
			s = strings.ToLower(s)
		}
		return s, v >= 1
	case "upperRoman", "lowerRoman":
		s := roman(v)
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s, v >= 1 && v < 4000
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if v >= 1 && v <= 20 {
			return string(rune('①' + v - 1)), true
		}
		return strconv.Itoa(v), true
	}
	return "", false
}

// countInChinese writes v (0 ≤ v < 10,000) in Chinese counting: 十一, 二十,
// 一百零五, 一千二百; larger numbers in digits.
func countInChinese(v int, digits, units []rune) string {
	if v < 0 || v >= 10000 {
		return strconv.Itoa(v)
	}
	if v == 0 {
		return string(digits[0])
	}
	var b []rune
	zero := false
	for i, p := range []int{1000, 100, 10, 1} {
		d := v / p % 10
		switch {
		case d == 0:
			zero = len(b) > 0
		default:
			if zero {
				b = append(b, digits[0])
				zero = false
			}
			if !(p == 10 && d == 1 && len(b) == 0) { // 十一, not 一十一
				b = append(b, digits[d])
			}
			if i < 3 {
				b = append(b, units[2-i])
			}
		}
	}
	return string(b)
}

// cycle is the v-th of the symbols, starting again after the last.
func cycle(v int, symbols string) string {
	r := []rune(symbols)
	return string(r[((v-1)%len(r)+len(r))%len(r)])
}

// roman writes v in Roman numerals.
func roman(v int) string {
	var b strings.Builder
	for _, p := range []struct {
		n int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; v >= p.n; v -= p.n {
			b.WriteString(p.s)
		}
	}
	return b.String()
}
