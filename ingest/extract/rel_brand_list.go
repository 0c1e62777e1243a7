package extract

import "github.com/cigraph/cigraph/graph"

// "Haleon owns brands including Sensodyne toothpaste, Advil painkillers
// and Centrum vitamins": the subject offers every brand listed (the goods
// noun after each name keeps them from forming one list of names).

// brandsOffered reads the list after "brands including|like|such as" (k
// is "brands").
func (c *ctx) brandsOffered(k int) {
	x := k + 1
	if c.w(x) == "such" && c.w(x+1) == "as" {
		x++
	} else if c.w(x) != "including" && c.w(x) != "like" {
		return
	}
	owner := c.subjectBefore(k, org)
	if owner < 0 || c.hedge || c.hedged(c.s.ments[owner].b, k) {
		return
	}
	for _, m := range c.s.ments {
		if m.a <= x || m.a > x+14 || c.typ(m) != prod {
			continue
		}
		c.add(fact{typ: graph.Offers, subj: c.s.ments[owner].ent, obj: m.ent, confidence: 0.8})
	}
}
