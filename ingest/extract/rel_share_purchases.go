package extract

import "github.com/cigraph/cigraph/graph"

// Shares of a buyer's purchases: "Nike accounted for about 60% of Foot
// Locker's purchases", "the supplier made up 30% of Walmart's inventory
// spending". The possessor is the customer and the subject the supplier,
// the reverse of "X accounted for 12% of Y's revenue"; the percentage is
// a share of the buyer's spending, not of the supplier's revenue, so the
// fact carries none.

// purchaseShareNouns name a buyer's spending.
var purchaseShareNouns = set("purchases", "purchasing", "procurement", "spending", "spend", "inventory", "cogs")

// purchaseShare: the revenue owner sup is followed by a purchase noun
// (within three words: "Foot Locker's total inventory purchases"); the
// subject supplier sub is then a supplier of sup, and it reports whether
// the frame matched.
func (c *ctx) purchaseShare(sub, sup int, k int) bool {
	m := c.s.ments[sup]
	if !m.poss {
		return false
	}
	for x := m.b; x < len(c.toks) && x <= m.b+3; x++ {
		if purchaseShareGate.in(purchaseShareNouns, c.w(x)) {
			if s, b := c.s.ments[sub].ent, m.ent; s != b {
				c.add(fact{typ: graph.CustomerOf, subj: b, obj: s, time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
			}
			return true
		}
		if c.toks[x].kind == tPunct && c.w(x) != "'s" && c.w(x) != "’s" {
			return false
		}
	}
	return false
}
