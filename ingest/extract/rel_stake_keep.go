package extract

// IPO stories state what the seller still owns after the offering:
// "SoftBank will keep about 90% of the company", "L Catterton still holds
// roughly 75% of Birkenstock". Keeping a share of a company is holding a
// stake (read as "owns N% of"); a qualifier other than "about" ("roughly",
// "nearly") may stand before the figure.

// keepVerbs hold on to a stake.
var keepVerbs = set("keep", "keeps", "kept", "retain", "retains", "retained")

// keepsPercent reads "X will keep [about] N% of ORG" at the verb k.
func (c *ctx) keepsPercent(k int) {
	if c.stakeAfter(k) {
		c.heldStake(k)
	}
}

// heldStake reads the stake at the verb k as ownsPercent does, dated only
// by a time after the verb: in "SoftBank, which bought Arm in 2016, will
// keep 90%" or "L Catterton, which bought a majority in 2021, still holds
// 75%" the year is the purchase's, not the stake's (held now).
func (c *ctx) heldStake(k int) {
	n := len(c.st.facts)
	c.ownsPercent(k) // rel_role.go
	if len(c.st.facts) == n+1 && c.relBefore(k) {
		f := &c.st.facts[n]
		f.time = c.timeNear(k, k, len(c.toks))
	}
}

// relBefore: a relative pronoun before the verb k.
func (c *ctx) relBefore(k int) bool {
	for x := 0; x < k; x++ {
		if w := c.w(x); w == "which" || w == "who" || w == "that" {
			return true
		}
	}
	return false
}

// stakeAfter: a percentage right after the verb k, or after one
// qualifier, followed by "of" and a company, not a possessive ("keeps 30%
// of Y's app revenue" is a cut of sales).
func (c *ctx) stakeAfter(k int) bool {
	for i := range c.pcts {
		if p := &c.pcts[i]; (p.a == k+1 || p.a == k+2 && c.stakeQual(k+1)) && c.w(p.b) == "of" {
			o := c.mentionAt(p.b + 1)
			return o >= 0 && !c.s.ments[o].poss && c.typ(c.s.ments[o]) == org
		}
	}
	return false
}

// stakeQual: the word at x qualifies the figure after it ("about",
// "roughly", "nearly"); the class bit spares a table probe.
func (c *ctx) stakeQual(x int) bool {
	return x < len(c.toks) && c.toks[x].cls&wQual != 0 && c.toks[x].kind == tWord
}
