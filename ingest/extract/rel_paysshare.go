package extract

import "github.com/cigraph/cigraph/graph"

// Revenue shares stated as payments: "OpenAI pays Microsoft about 20% of
// its revenue" — the payee receives a share of the payer's revenue
// (REVENUE_SHARE payee -> payer), not a price for goods (pays would read
// a purchase). The percentage must follow the payee at once and be "of"
// the payer's revenue ("its", "their").

// paysShare reads the frame at the pay verb k; it reports whether it did.
func (c *ctx) paysShare(k int) bool {
	if len(c.pcts) == 0 || c.hedge {
		return false
	}
	obj := c.mentionAt(k + 1)
	if obj < 0 || c.typ(c.s.ments[obj]) != org {
		return false
	}
	b := c.s.ments[obj].b
	for _, p := range c.pcts {
		if (p.a == b || p.a == b+1 && p.qualifier != "") && c.w(p.b) == "of" && c.ownRevenueAt(p.b+1) {
			return c.addPaidShare(k, obj, p)
		}
	}
	c.paidCut(k, obj) // rel_cut.go: "pays Google a 4% fee"
	return false
}

// ownRevenueAt: "its revenue", "their sales" from x.
func (c *ctx) ownRevenueAt(x int) bool {
	w := c.w(x)
	return (w == "its" || w == "their") && revenueNouns[c.w(x+1)]
}

// addPaidShare adds the share for each subject of the pay verb k.
func (c *ctx) addPaidShare(k, obj int, p percent) bool {
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, k) {
		return false
	}
	v := p.value
	c.add(fact{typ: graph.RevenueShare, subj: c.s.ments[obj].ent, obj: c.s.ments[subj].ent, share: &v, confidence: 0.75})
	return true
}
