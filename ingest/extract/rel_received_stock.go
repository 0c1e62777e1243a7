package extract

import "github.com/cigraph/cigraph/graph"

// "OpenAI received $350 million of CoreWeave stock": shares handed over in
// a deal make the receiver a shareholder of the issuer. Runs on the
// receive verbs only (trigger words with the revenue-share frame bit).

// stockNouns name equity paid out as consideration.
var stockNouns = set("stock", "shares", "equity", "stake")

// receivedStock reads "X received $N (worth) of|in Y('s) stock".
func (c *ctx) receivedStock(k int) {
	if len(c.money) == 0 {
		return
	}
	for _, m := range c.money {
		if m.a <= k || m.a > k+2 {
			continue
		}
		p := m.b
		if c.w(p) == "worth" {
			p++
		}
		if c.w(p) != "of" && c.w(p) != "in" {
			return
		}
		c.addReceivedStock(k, p+1, m)
		return
	}
}

// addReceivedStock adds the holding when an ORG at x is followed by an
// equity noun.
func (c *ctx) addReceivedStock(k, x int, m money) {
	obj := c.mentionAt(x)
	if obj < 0 || c.typ(c.s.ments[obj]) != graph.Org {
		return
	}
	n := c.s.ments[obj].b
	if c.w(n) == "'s" {
		n++
	}
	subj := c.subjectBefore(k, graph.Org)
	if !stockNouns[c.w(n)] || subj < 0 || c.hedge || c.s.ments[subj].ent == c.s.ments[obj].ent {
		return
	}
	amt := c.st.newAmount(m.amt)
	if amt.Period == "" {
		amt.Period = "once"
	}
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[subj].ent, obj: c.s.ments[obj].ent, amount: amt,
		time: c.timeNear(k, 0, len(c.toks)), status: graph.StatusCurrent, confidence: 0.8})
}
