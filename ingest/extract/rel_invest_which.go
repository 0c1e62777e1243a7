package extract

import "github.com/cigraph/cigraph/graph"

// "Halden Systems, in which Zenta has invested $8 billion": the relative
// clause puts the target before the investor, so the usual "X invested in
// Y" reading finds no "in" after the verb (or the wrong one).

// investedInWhich reads ", in which X has invested [$N]" at the verb k and
// reports whether it matched.
func (c *ctx) investedInWhich(k int) bool {
	v := k - 1
	if w := c.w(v); w == "has" || w == "have" || w == "had" {
		v--
	}
	inv := c.mentionEndingAt(v+1, orgOnly)
	if inv < 0 {
		return false
	}
	a := c.s.ments[inv].a
	if c.w(a-1) != "which" || c.w(a-2) != "in" || c.w(a-3) != "," {
		return false
	}
	target := c.mentionEndingAt(a-3, orgOnly)
	if target < 0 || c.hedge || c.s.ments[target].ent == c.s.ments[inv].ent {
		return false
	}
	amt := c.onceAmount(c.moneyNear(k, k, min(len(c.toks), k+5)))
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[inv].ent, obj: c.s.ments[target].ent, amount: amt,
		time: c.timeNear(k, 0, len(c.toks)), status: graph.StatusCurrent, confidence: 0.8})
	return true
}
