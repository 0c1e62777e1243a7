package extract

import "github.com/cigraph/cigraph/graph"

// Goods made by another company: "Nvidia's GB200 servers are made by
// Foxconn", "Apple's iPhones are assembled by Foxconn and Pegatron" — the
// owner of the goods buys the making from the agent.

// madeByVerbs head the passive.
var madeByVerbs = set("made", "built", "manufactured", "assembled", "produced", "fabricated", "supplied", "packaged")

// madeBy reads the passive at k ("are made by Y").
func (c *ctx) madeBy(k int) {
	if !passiveAuxGate.in(passiveAux, c.w(k-1)) && c.w(k-1) != "are" || c.hedge {
		return
	}
	owner, prod := c.passiveGoodsOwner(k)
	first := c.nextMention(k+2, 1, false, org)
	if owner < 0 || first < 0 || c.hedged(max(0, k-4), k) {
		return
	}
	for _, m := range c.listFrom(first) {
		if c.typ(m) == org && m.ent != owner {
			c.add(fact{typ: graph.CustomerOf, subj: owner, obj: m.ent, prod: prod, confidence: 0.75,
				status: c.statusAt(k), time: c.timeNear(k, 0, len(c.toks))})
		}
	}
}

// passiveGoodsOwner: the organisation whose goods are the subject of the
// passive at k — a possessive before them ("Nvidia's GB200 servers") — and
// the product named there (entity+1, or 0).
func (c *ctx) passiveGoodsOwner(k int) (int, int) {
	for _, m := range c.s.ments {
		if m.a >= k || k-m.b > 6 || !m.poss || c.typ(m) != org {
			continue
		}
		prod := 0
		for _, p := range c.s.ments {
			if p.a > m.b && p.b < k && c.typ(p) == graph.Product {
				prod = p.ent + 1
			}
		}
		return m.ent, prod
	}
	return -1, 0
}
