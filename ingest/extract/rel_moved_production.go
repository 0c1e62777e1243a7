package extract

import "github.com/cigraph/cigraph/graph"

// Production moved to a contract maker: "Qualcomm moved production of its
// Snapdragon chips to TSMC in 2022", "Nvidia shifted some orders from
// Samsung to TSMC". The maker after "to" now makes the goods for the
// subject; one after "from" made them before.

// productionNouns name work a contract maker does for its customer.
var productionNouns = set("production", "manufacturing", "orders", "output", "assembly", "packaging")

// movedProduction reads the move verb k; it reports whether it matched.
func (c *ctx) movedProduction(k int) bool {
	x := k + 1
	if c.w(x) == "some" || c.w(x) == "most" || c.w(x) == "all" || c.w(x) == "its" || c.w(x) == "their" {
		x++
	}
	if !productionNouns[c.w(x)] || c.hedge {
		return false
	}
	to, from := -1, -1
	for y := x + 1; y < len(c.toks) && y <= x+10 && to < 0; y++ {
		switch c.w(y) {
		case "to":
			to = y
		case "from":
			from = y
		case ",", ";", "and":
			return false
		}
	}
	j := c.mentionAt(to + 1)
	subj := c.subjectBefore(k, org)
	if to < 0 || j < 0 || subj < 0 || c.typ(c.s.ments[j]) != org || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	buyer, prod := c.s.ments[subj].ent, c.productIn(x, to)
	if c.s.ments[j].ent == buyer {
		return false // "moved production to its own plants"
	}
	c.add(fact{typ: graph.CustomerOf, subj: buyer, obj: c.s.ments[j].ent, prod: prod,
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
	if f := c.mentionAt(from + 1); from > 0 && f >= 0 && c.typ(c.s.ments[f]) == org && c.s.ments[f].ent != buyer {
		c.add(fact{typ: graph.CustomerOf, subj: buyer, obj: c.s.ments[f].ent, prod: prod,
			status: graph.StatusFormer, confidence: 0.7})
	}
	return true
}
