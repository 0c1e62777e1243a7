package extract

import "github.com/cigraph/cigraph/graph"

// boughtPart reads "X will acquire [a bit more than] 92 percent of Y" at the
// buy verb k. A majority, or "the remaining N%", makes X the owner: the
// mention of Y is returned for the acquisition frame. A minority is a stake:
// it is recorded as an investment with that share, and -1 is returned.
// ok is false when no such percentage follows k.
func (c *ctx) boughtPart(k int) (obj int, ok bool) {
	for _, p := range c.pcts {
		if p.a <= k || p.a > k+6 {
			continue
		}
		if c.w(p.b) != "of" || c.clauseBreak(k, p.a) || wholeWords[c.w(p.b+1)] { // rel_product_share.go
			return -1, false
		}
		obj := c.nextMention(p.b+1, 2, true, org)
		if obj < 0 {
			return -1, false
		}
		if p.value > 50 || c.w(p.a-1) == "remaining" {
			return obj, true
		}
		c.minorityStake(k, obj, p.value)
		return -1, true
	}
	return -1, false
}

// minorityStake: "X bought 20% of Y" -> X invests in Y with a 20% stake.
func (c *ctx) minorityStake(k, obj int, v float64) {
	subj := c.subjectBefore(k, org)
	if subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent, share: &v,
		amount: c.onceAmount(c.moneyNear(k, k, len(c.toks))), time: c.timeNear(k, 0, len(c.toks)),
		status: c.statusAt(k), confidence: 0.75})
}

// ordersNoun: "orders from Apple grew 2%" -> "orders" is the noun (the
// orders Apple placed), not the verb of a subject just before it ("Acme
// orders from Y").
func (c *ctx) ordersNoun(k int) bool {
	return c.w(k) == "orders" && c.w(k+1) == "from" && c.mentionEndingAt(k, []graph.EntityType{org}) < 0
}
