package manual

import "strconv"

// listMark is where a Word or HTML list item stands: its nesting level,
// whether its list is numbered, and the number Word shows.
type listMark struct {
	Level   int
	Ordered bool
	Number  int
}

// numbering is numbering.xml: which numbering instances are numbered or
// bulleted at each level, and the counters Word keeps while it numbers.
type numbering struct {
	abstractOf map[string]string
	levels     map[string]map[int]numLevel
	overrides  map[string]map[int]int
	counters   map[string][]int
	seen       map[string]bool
}

type numLevel struct {
	ordered bool
	start   int
	format  string // numFmt: decimal, chineseCounting, upperLetter…
	text    string // lvlText: how the number is shown, "第%1章", "%1.%2"
	legal   bool   // isLgl: the levels' numbers shown as decimals
	suffix  string // what stands between the number and the text
}

// readNumbering reads numbering.xml (nil when the file has none).
func readNumbering(root *xnode) *numbering {
	n := &numbering{abstractOf: map[string]string{}, levels: map[string]map[int]numLevel{},
		overrides: map[string]map[int]int{}, counters: map[string][]int{}, seen: map[string]bool{}}
	if root == nil {
		return n
	}
	for _, el := range root.child("numbering").kidsNamed("abstractNum", "num") {
		if el.name == "abstractNum" {
			n.readAbstract(el)
			continue
		}
		id := el.attr("numId")
		n.abstractOf[id] = el.val("abstractNumId")
		for _, o := range el.kidsNamed("lvlOverride") {
			if s := o.path("startOverride"); s != nil {
				if n.overrides[id] == nil {
					n.overrides[id] = map[int]int{}
				}
				n.overrides[id][atoi(o.attr("ilvl"))] = atoi(s.attr("val"))
			}
		}
	}
	return n
}

func (n *numbering) readAbstract(el *xnode) {
	levels := map[int]numLevel{}
	for _, lvl := range el.kidsNamed("lvl") {
		format := lvl.val("numFmt")
		start := 1
		if s := lvl.val("start"); s != "" {
			start = atoi(s)
		}
		suffix := " "
		if lvl.val("suff") == "nothing" {
			suffix = ""
		}
		levels[atoi(lvl.attr("ilvl"))] = numLevel{ordered: format != "bullet" && format != "none" && format != "", start: start,
			format: format, text: lvl.val("lvlText"), legal: lvl.path("isLgl") != nil, suffix: suffix}
	}
	n.levels[el.attr("abstractNumId")] = levels
}

// mark returns the list mark of a paragraph numbered numID at level ilvl,
// counting as Word does: a level's counter goes up with each item, and
// the deeper levels start again. nil when numID is no list (Word's 0).
func (n *numbering) mark(numID string, ilvl int) *listMark {
	abs, ok := n.abstractOf[numID]
	if numID == "" || numID == "0" || (!ok && len(n.abstractOf) > 0) {
		return nil
	}
	ilvl = min(max(ilvl, 0), 8)
	lvl, found := n.levels[abs][ilvl]
	if !found {
		lvl = numLevel{ordered: false, start: 1}
	}
	c := n.counter(numID)
	if !n.seen[numID+"/"+strconv.Itoa(ilvl)] {
		n.seen[numID+"/"+strconv.Itoa(ilvl)] = true
		if s, ok := n.overrides[numID][ilvl]; ok {
			c[ilvl] = 0
			lvl.start = s
		}
	}
	if c[ilvl] == 0 {
		c[ilvl] = lvl.start
	} else {
		c[ilvl]++
	}
	clear(c[ilvl+1:])
	return &listMark{Level: ilvl, Ordered: lvl.ordered, Number: c[ilvl]}
}

// counter is the numbers Word counts for a numbering instance at each
// level: its abstract numbering's, shared by the instances that use it,
// unless the instance starts again.
func (n *numbering) counter(numID string) []int {
	key := "abstract " + n.abstractOf[numID]
	if _, restart := n.overrides[numID]; restart {
		key = "num " + numID
	}
	c := n.counters[key]
	if c == nil {
		c = make([]int, 9)
		n.counters[key] = c
	}
	return c
}

// kidsNamed returns the children with any of the names, in order.
func (n *xnode) kidsNamed(names ...string) []*xnode {
	if n == nil {
		return nil
	}
	var out []*xnode
	for _, k := range n.kids {
		for _, name := range names {
			if k.name == name {
				out = append(out, k)
			}
		}
	}
	return out
}
