package main

import (
	"slices"
	"strconv"
)

// read takes the figures of one line of a corpus size's output.
func (r *run) read(line string) {
	m := match(line, buildLine, filesLine, gzipLine, weightLine, allLine, reqLine, classLine, substrLine, saveLine, serveRSS)
	switch {
	case m[0] != nil:
		r.builds[m[0][1]] = append(r.builds[m[0][1]], num(m[0][2]))
		r.rss[m[0][1]] = append(r.rss[m[0][1]], num(m[0][3])/1024)
	case m[1] != nil:
		for i, name := range []string{"skillbook", "export", "hugo", "pagefind"} {
			r.files[name] = [2]float64{num(m[1][1+2*i]), num(m[1][2+2*i])}
		}
	case m[2] != nil:
		r.served[m[2][1]] = num(m[2][2])
	case m[3] != nil:
		r.weight[m[3][1]] = [2]float64{num(m[3][2]), num(m[3][3])}
	case m[4] != nil:
		a := r.all[m[4][1]]
		a.warmMS, a.warmP95, a.recall, a.pageAndCold = num(m[4][2]), num(m[4][3]), num(m[4][4]), num(m[4][5])
		r.all[m[4][1]] = a
	case m[5] != nil:
		a := r.all[m[5][1]]
		a.maxShort, a.maxAny, a.haveRequests = num(m[5][2]), num(m[5][3]), true
		r.all[m[5][1]] = a
	case m[6] != nil:
		if r.classes[m[6][1]] == nil {
			r.classes[m[6][1]] = map[string]classFigures{}
		}
		r.classes[m[6][1]][m[6][2]] = classFigures{num(m[6][3]), num(m[6][4]), num(m[6][5]), num(m[6][6]), num(m[6][7])}
	case m[7] != nil:
		r.substr[m[7][1]] = num(m[7][2])
	case m[8] != nil:
		r.addSave(m[8][1], m[8][2], num(m[8][3]), num(m[8][4]))
	case m[9] != nil:
		r.serveRSS = [2]float64{num(m[9][1]), num(m[9][2])}
	}
}

func (r *run) addSave(server, edit string, median, p95 float64) {
	if r.saves[server] == nil {
		r.saves[server] = map[string][2]float64{}
	}
	r.saves[server][edit] = [2]float64{median, p95}
	if !slices.Contains(r.edits, edit) {
		r.edits = append(r.edits, edit)
	}
}

func num(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	return s[len(s)/2]
}
