package extract

import "github.com/cigraph/cigraph/graph"

// A product bought from a named seller: "its accelerator uses HBM3E from
// Samsung", "uses HBM3E chips from SK Hynix" — the user buys the product
// from that seller, which need not be its maker.

// productFrom: "from" + an ORG follows the product o (past one goods noun);
// the subject is that ORG's customer for the product. It reports whether
// it matched.
func (c *ctx) productFrom(k, subj int, o mention) bool {
	f := o.b
	if madeGoods(c.w(f)) {
		f++ // "HBM3E chips from"
	}
	if c.w(f) != "from" {
		return false
	}
	first := c.nextMention(f+1, 1, false, org)
	if first < 0 {
		return false
	}
	for _, m := range c.listFrom(first) {
		if c.typ(m) == org {
			c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: m.ent, prod: o.ent + 1,
				time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.7})
		}
	}
	return true
}
