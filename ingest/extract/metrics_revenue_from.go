package extract

import "github.com/cigraph/cigraph/graph"

// "Broadcom's revenue from Google rose to $8 billion": the figure is
// Google's spend with Broadcom, a customer fact with its amount, not a
// revenue metric of Google (the company nearest the figure).

// revenueFrom reads the frame for a revenue figure at k whose subject
// mention is subj; it reports whether it took the figure.
func (c *ctx) revenueFrom(subj, k int, amt graph.Amount) bool {
	m := c.s.ments[subj]
	if m.a < 2 || c.w(m.a-1) != "from" || c.typ(m) != org {
		return false
	}
	r := m.a - 2
	if w := c.w(r); w != "revenue" && w != "revenues" && w != "sales" {
		return false
	}
	own := c.possessorBefore(r, 3)
	if own < 0 || c.s.ments[own].ent == m.ent || c.hedged(m.b, k) {
		return true // "Revenue from Google rose to $8 billion": no revenue of Google's
	}
	if amt.Period == "" {
		amt.Period = "once"
	}
	c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: c.s.ments[own].ent, amount: &amt,
		time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	return true
}
