package extract

import "github.com/cigraph/cigraph/graph"

// Payments that buy a share in joint work: "Sanofi agreed to pay Vertex up
// to $4 billion to co-develop and co-commercialize the drug". The payer
// does not buy from the payee; the two partner, and the deal's total
// (milestones included, "up to") goes on the partnership.

// payToCoWork reads the frame at the paying verb k with payee obj: a "to"
// and a "co-" verb (rel_cowork.go) within the clause after the payee. It
// reports whether the frame matched.
func (c *ctx) payToCoWork(k, obj int) bool {
	end := min(len(c.toks)-1, c.s.ments[obj].b+12)
	for x := c.s.ments[obj].b; x < end; x++ {
		if w := c.w(x); w == "," || w == ";" {
			return false // another clause: "pays Y $N, and plans to co-develop"
		}
		if c.w(x) == "to" && coWorkVerbs[c.w(x+1)] && c.w(x+1) != "jointly" {
			c.coWorkPaid(k, obj)
			return true
		}
	}
	return false
}

// coWorkPaid adds the partnership of each payer with the payee obj, with
// the amount paid.
func (c *ctx) coWorkPaid(k, obj int) {
	amt := c.moneyNear(k, k, len(c.toks))
	for _, m := range c.subjects(k) {
		if c.hedged(m.b, k) || m.ent == c.s.ments[obj].ent {
			continue
		}
		c.add(fact{typ: graph.PartnersWith, subj: m.ent, obj: c.s.ments[obj].ent, amount: amt,
			time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
	}
}
