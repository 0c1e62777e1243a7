package extract

// "Pfizer holds 32% of Haleon": a share of a company held is a stake, as
// "owns 32% of" is (ownsPercent). "holds 25% of Nvidia's market" or "of
// the market" names a market share, no company held.

// futureAux make a bare "hold" a holder's verb: "will hold about 11% of Y".
var futureAux = set("will", "would", "to")

// holdsPercent reads "holds N% of ORG" at the verb k.
func (c *ctx) holdsPercent(k int) {
	if c.gappedStake(k) { // rel_stake_gapped.go
		return
	}
	for i := range c.pcts {
		p := &c.pcts[i]
		if p.a != k+1 && !(p.a == k+2 && c.stakeQual(k+1)) || c.w(p.b) != "of" { // rel_stake_keep.go
			continue
		}
		if o := c.mentionAt(p.b + 1); o >= 0 && !c.s.ments[o].poss && c.typ(c.s.ments[o]) == org {
			c.heldStake(k) // rel_stake_keep.go
		}
		return
	}
}

// stakeOfShare: "a stake of about 5% in BP" — the percentage after the
// stake noun and "of" (stakeShare reads "a 5% stake").
func (c *ctx) stakeOfShare(k int) *float64 { return c.pctAfter(k, "of") } // rel_shareholder.go
