package extract

import "github.com/cigraph/cigraph/graph"

// "PepsiCo agreed to buy $175 million of Instacart's convertible preferred
// stock in a private placement", "G42 agreed to purchase about $335
// million of Cerebras shares": money spent on a company's shares is an
// investment in it (INVESTS_IN with the amount), like shares received as
// consideration (rel_received_stock.go). A sale of shares is not one.

// boughtStock reads "X buys|purchased $N of Y('s) [modifiers] stock" at
// the buy verb k.
func (c *ctx) boughtStock(k int) {
	if len(c.money) == 0 || c.hedge {
		return
	}
	for _, m := range c.money {
		if m.a <= k || m.a > k+3 {
			continue
		}
		if obj := c.stockIssuer(m.b); obj >= 0 {
			c.addBoughtStock(k, obj, m)
		}
		return
	}
}

// stockIssuer returns the organisation mention in "of Y('s) [up to two
// lower-case modifiers] stock|shares" at x, else -1.
func (c *ctx) stockIssuer(x int) int {
	obj := c.mentionAt(x + 1)
	if c.w(x) != "of" || obj < 0 || c.typ(c.s.ments[obj]) != graph.Org {
		return -1
	}
	n := c.s.ments[obj].b
	if c.w(n) == "'s" {
		n++
	}
	for e := n; e <= n+2 && e < len(c.toks); e++ {
		if stockNouns[c.w(e)] {
			return obj
		}
		if c.toks[e].kind != tWord || c.toks[e].cap {
			return -1
		}
	}
	return -1
}

// addBoughtStock adds the buyer's investment of the amount m in obj.
func (c *ctx) addBoughtStock(k, obj int, m money) {
	subj := c.subjectBefore(k, graph.Org)
	if subj < 0 || c.s.ments[subj].ent == c.s.ments[obj].ent {
		return
	}
	amt := c.st.newAmount(m.amt)
	if amt.Period == "" {
		amt.Period = "once"
	}
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent, amount: amt,
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.75})
}
