package extract

import (
	"github.com/cigraph/cigraph/graph"
)

// Deals listed with their own amounts: one buyer, several objects, each
// "for $N". Reached by a one-line hook at the end of acquire.

// moneyAt returns the index of the amount starting at token a (or one
// later: "for about $2 billion"), or -1.
func (c *ctx) moneyAt(a int) int {
	for j, m := range c.money {
		if (m.a == a || m.a == a+1 && c.toks[a].cls&wQual != 0) && !m.perShare {
			return j
		}
	}
	return -1
}

// moreAcquired: "X bought A for $1 billion and B for $300 million" — each
// further object with its own "for $N" is one more ACQUIRES of X (the
// first one, A, was read by acquire with the amount nearest the verb).
func (c *ctx) moreAcquired(obj int) {
	if len(c.money) < 2 || len(c.st.facts) == 0 {
		return // each object needs its own amount
	}
	f := c.st.facts[len(c.st.facts)-1]
	if f.sent != c.si || f.typ != graph.Acquires || f.obj != c.s.ments[obj].ent {
		return // the first object's fact was not kept
	}
	for end := c.s.ments[obj].b; c.w(end) == "for"; {
		m := c.moneyAt(end + 1)
		if m < 0 {
			return
		}
		x := c.money[m].b
		if c.w(x) == "," {
			x++
		}
		if c.w(x) == "and" {
			x++
		}
		next := c.mentionAt(x)
		if next < 0 || c.s.ments[next].poss || c.typ(c.s.ments[next]) != org || c.w(c.s.ments[next].b) != "for" {
			return
		}
		amt := c.moneyAt(c.s.ments[next].b + 1)
		if amt < 0 {
			return
		}
		g := f
		g.obj, g.amount = c.s.ments[next].ent, c.st.newAmount(c.money[amt].amt)
		if g.amount.Period == "" {
			g.amount.Period = "once"
		}
		c.add(g)
		end = c.s.ments[next].b
	}
}
