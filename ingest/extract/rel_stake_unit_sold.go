package extract

import "github.com/cigraph/cigraph/graph"

// A stake in an unnamed unit sold to a buyer: "Blackstone sold a 20% stake
// in its data center unit to Abu Dhabi's Mubadala for $2 billion". The unit
// has no name of its own, so the buyer invests in the owner ("its" or
// "Blackstone's"), with the price; the stake's share is the unit's, not
// the owner's, so it is not given. Bought, the
// subject is the buyer: "Mubadala bought a 20% stake in Blackstone's data
// center unit".

// unitStakeSold reads the frame at the stake noun k whose "in" is at in
// (subj is the verb's subject); it reports whether the frame matched.
func (c *ctx) unitStakeSold(k, in, subj int) bool {
	if in != k+1 || c.w(k) != "stake" && c.w(k) != "interest" {
		return false
	}
	owner := c.mentionAt(in + 1)
	if owner < 0 || !c.s.ments[owner].poss && c.w(in+1) != "its" {
		return false
	}
	unit := c.unitNounAfter(c.s.ments[owner].b)
	sell := c.sellerVerb(k) // rel_stake_events.go
	if unit < 0 || sell < 0 && c.s.ments[owner].ent != c.s.ments[subj].ent {
		c.addStakeInUnit(k, subj, owner, unit) // "bought a stake in Y's unit"
		return unit >= 0
	}
	if c.w(unit+1) != "to" {
		return false
	}
	buyer := c.nextMention(unit+2, 4, true, org)
	own := c.s.ments[owner].ent
	if buyer < 0 || c.s.ments[buyer].ent == own || c.typ(c.s.ments[owner]) != org {
		return false
	}
	amt := c.onceAmount(c.moneyNear(k, c.s.ments[buyer].b, c.s.ments[buyer].b+6)) // "for $2 billion"
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[buyer].ent, obj: own, amount: amt,
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(sell), confidence: 0.7})
	return true
}

// addStakeInUnit: the buyer subj takes a stake in owner's unit.
func (c *ctx) addStakeInUnit(k, subj, owner, unit int) {
	if unit < 0 || c.s.ments[owner].ent == c.s.ments[subj].ent || c.typ(c.s.ments[owner]) != org || c.mentionAt(unit+1) >= 0 {
		return // (a named unit is the investee: "its data center unit Aligned")
	}
	amt := c.onceAmount(c.moneyNear(k, unit, unit+6)) // "for $2 billion"
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[subj].ent, obj: c.s.ments[owner].ent, amount: amt,
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.7})
}

// stakeInOwner: the owner named at x follows "a stake in" ("bought a 20%
// stake in Blackstone's data center unit"): a stake, not goods bought.
func (c *ctx) stakeInOwner(x int) bool {
	if x < 2 || c.w(x-1) != "in" {
		return false
	}
	w := c.w(x - 2)
	return w == "stake" || w == "stakes" || w == "interest"
}

// unitNounAfter returns the unit noun ending the description from x
// ("data center unit"), within four lower-case words, or -1.
func (c *ctx) unitNounAfter(x int) int {
	if c.w(x) == "'s" || c.w(x) == "’s" {
		x++
	}
	for e := x; e < len(c.toks) && e < x+4; e++ {
		t := &c.toks[e]
		if t.kind != tWord || t.cap {
			return -1
		}
		if unitHeads[t.low] { // rel_unit_subject.go
			return e
		}
	}
	return -1
}
