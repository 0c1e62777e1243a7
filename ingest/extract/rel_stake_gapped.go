package extract

import "github.com/cigraph/cigraph/graph"

// Gapped stakes: "Denso holds 5.5 per cent and Toyota 2 per cent of
// Aisin" leaves out the verb of the second holder; each holder's stake is
// the percentage right after it, in the company named after the last one.

// gappedStake reads "A holds|owns P1 and B P2 of X" at the verb k and
// reports whether it matched.
func (c *ctx) gappedStake(k int) bool {
	p1, ok := c.pctAfter1(k + 1)
	if ok && c.w(p1.b) == "," {
		return c.pairedStakes(k) // rel_stake_list.go: "A, B and C hold 8%, 6% and 4% of Y"
	}
	if !ok || c.w(p1.b) != "and" {
		return false
	}
	b := c.mentionAt(p1.b + 1)
	if b < 0 {
		return c.pairedStakes(k) // rel_stake_list.go: "A and B hold 9% and 7% of Y"
	}
	if c.s.ments[b].poss || c.typ(c.s.ments[b]) != org {
		return false
	}
	p2, ok := c.pctAfter1(c.s.ments[b].b)
	if !ok || c.w(p2.b) != "of" {
		return false
	}
	x, a := c.mentionAt(p2.b+1), c.subjectBefore(k, org)
	if x < 0 || a < 0 || c.typ(c.s.ments[x]) != org || c.s.ments[x].poss || c.hedge {
		return true
	}
	if e := c.s.ments[x].ent; e == c.s.ments[a].ent || e == c.s.ments[b].ent {
		return true // "of the supplier" resolved to a holder: no company held is known
	}
	c.addStake(a, x, p1.value, k)
	c.addStake(b, x, p2.value, k)
	return true
}

// pctAfter1 is the percentage at token t, or after one qualifier word.
func (c *ctx) pctAfter1(t int) (percent, bool) {
	if p, ok := c.pctAt(t); ok {
		return p, true
	}
	if t >= len(c.toks) || c.toks[t].cls&wQual == 0 { // ("about" is a qualifier word)
		return percent{}, false
	}
	return c.pctAt(t + 1)
}

// addStake adds mention h's stake v in mention x.
func (c *ctx) addStake(h, x int, v float64, k int) {
	if c.s.ments[h].ent == c.s.ments[x].ent {
		return
	}
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[h].ent, obj: c.s.ments[x].ent, share: &v,
		time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
}

// gappedHolder: the list member m is followed by "a|an P stake", so it is
// the holder of a second, gapped clause ("Denso holds a 5.5% stake in
// Aisin and Toyota a 2% stake"), not a second company held. It returns
// the percentage P.
func (c *ctx) gappedHolder(m mention) (float64, bool) {
	if c.w(m.b) != "a" && c.w(m.b) != "an" {
		return 0, false
	}
	p, ok := c.pctAfter1(m.b + 1)
	if !ok || !stakeWords[c.w(p.b)] {
		return 0, false
	}
	return p.value, true
}

var stakeWords = set("stake", "interest", "holding")

// heldList splits the companies listed after "a stake in" at k into
// those held and the gapped holders, whose stakes in the first company
// obj it adds. It returns the companies held.
func (c *ctx) heldList(obj, k int, objs []mention) []mention {
	held := objs[:1]
	for _, o := range objs[1:] {
		if v, ok := c.gappedHolder(o); ok && c.typ(o) == org {
			c.addStake(c.mentionAt(o.a), obj, v, k)
			continue
		}
		held = append(held, o)
	}
	return held
}
