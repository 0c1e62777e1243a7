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

// stakeInWhich reads "Y, in which X owns|holds a 14% stake," at the stake
// noun k: X invests in Y with that share. It reports whether it matched.
func (c *ctx) stakeInWhich(k int) bool {
	w := -1
	for x := k - 1; x >= 2 && x >= k-8; x-- {
		if c.w(x) == "which" {
			w = x
			break
		}
	}
	if w < 0 || c.w(w-1) != "in" || c.w(w-2) != "," {
		return false
	}
	inv, target := c.mentionAt(w+1), c.mentionEndingAt(w-2, orgOnly)
	if inv < 0 || target < 0 || c.typ(c.s.ments[inv]) != org || c.hedge || c.s.ments[target].ent == c.s.ments[inv].ent {
		return false
	}
	// (a time after the clause is the main verb's: "…, said last month")
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[inv].ent, obj: c.s.ments[target].ent, share: c.stakeShare(k),
		time: c.timeNear(k, w, min(len(c.toks), k+4)), status: graph.StatusCurrent, confidence: 0.8})
	return true
}
