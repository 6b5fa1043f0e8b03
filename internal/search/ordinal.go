package search

import "strconv"

// hanDigits are the Chinese numerals of 0 to 9.
var hanDigits = []rune("〇一二三四五六七八九")

// hanNumber writes 1 to 99 as Chinese numerals (6 六, 10 十, 12 十二, 20
// 二十, 21 二十一); "" for any other number.
func hanNumber(n int) string {
	switch {
	case n < 1 || n > 99:
		return ""
	case n < 10:
		return string(hanDigits[n])
	}
	tens, ones := "十", ""
	if n >= 20 {
		tens = string(hanDigits[n/10]) + tens
	}
	if n%10 > 0 {
		ones = string(hanDigits[n%10])
	}
	return tens + ones
}

// correctOrdinals writes 第 and a number in digits (第6章, 第12条) with
// Chinese numerals (第六章, 第十二条) when the pages say it so: every pair
// of characters of 第 and the numerals is in some page. A number of more
// than two digits, or one that starts with 0, stays as typed. It reports
// whether it replaced one.
func (ix *Index) correctOrdinals(runes []rune) ([]rune, bool) {
	var out []rune
	changed := false
	for i := 0; i < len(runes); i++ {
		out = append(out, runes[i])
		if runes[i] != '第' {
			continue
		}
		j := i + 1
		for j < len(runes) && runes[j] >= '0' && runes[j] <= '9' {
			j++
		}
		han := ""
		if j-i-1 <= 2 && j > i+1 && runes[i+1] != '0' {
			n, _ := strconv.Atoi(string(runes[i+1 : j]))
			han = hanNumber(n)
		}
		if han != "" && ix.pagesSay([]rune("第"+han)) {
			out, i, changed = append(out, []rune(han)...), j-1, true
		}
	}
	return out, changed
}

// pagesSay reports whether every pair of characters of a run is in some
// page.
func (ix *Index) pagesSay(run []rune) bool {
	for i := 0; i+1 < len(run); i++ {
		if !ix.inFields(string(run[i : i+2])) {
			return false
		}
	}
	return true
}
