package extract

import "github.com/cigraph/cigraph/graph"

// "Verizon bought AOL and Yahoo, then sold both to Apollo for $5 billion":
// what is sold is the companies "both" refers to, so the buyer acquires
// them; it is no supply deal (Apollo buys nothing from Verizon).

// soldBoth: "both" right after the sell verb at k. It adds the takeovers
// of the companies "both" resolved to and reports whether the frame
// matched, so divested reads nothing else.
func (c *ctx) soldBoth(k, buyer int) bool {
	if c.w(k+1) != "both" {
		return false
	}
	for _, m := range c.s.ments {
		if m.a != k+1 || !m.ref || c.typ(m) != org || m.ent == c.s.ments[buyer].ent {
			continue
		}
		c.add(fact{typ: graph.Acquires, subj: c.s.ments[buyer].ent, obj: m.ent,
			amount: c.onceAmount(c.moneyNear(k, k, len(c.toks))), time: c.timeNear(k, 0, len(c.toks)),
			status: c.statusAt(k), confidence: 0.7})
	}
	return true
}
