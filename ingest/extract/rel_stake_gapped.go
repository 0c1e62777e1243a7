package extract

import "github.com/cigraph/cigraph/graph"

// Gapped stakes: "Denso holds 5.5 per cent and Toyota 2 per cent of
// Aisin" leaves out the verb of the second holder; each holder's stake is
// the percentage right after it, in the company named after the last one.

// gappedStake reads "A holds|owns P1 and B P2 of X" at the verb k and
// reports whether it matched.
func (c *ctx) gappedStake(k int) bool {
	p1, ok := c.pctAfter1(k + 1)
	if !ok || c.w(p1.b) != "and" {
		return false
	}
	b := c.mentionAt(p1.b + 1)
	if b < 0 || c.s.ments[b].poss || c.typ(c.s.ments[b]) != org {
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
	if c.toks[t].cls&wQual == 0 && c.w(t) != "about" {
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
