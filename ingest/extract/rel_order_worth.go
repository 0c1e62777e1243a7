package extract

import "github.com/cigraph/cigraph/graph"

// Order values after the buyer: "X received an order from Y for 60 jets
// worth about $12 billion" or "... from Y valued at $12 billion". The
// amount follows the buyer's name, outside the verb-to-"from" window the
// order frame reads first.

// orderWorthWords introduce an order's value.
var orderWorthWords = set("worth", "valued", "totaling", "totalling", "totalled", "totaled")

// orderWorth returns the value stated within the clause after the buyer's
// mention j ("worth", "valued at"), or nil.
func (c *ctx) orderWorth(j int) *graph.Amount {
	if len(c.money) == 0 {
		return nil
	}
	b := c.s.ments[j].b
	for x := b; x < len(c.toks) && x <= b+8; x++ {
		if c.toks[x].kind == tPunct && c.toks[x].s != "$" || c.w(x) == "and" || c.toks[x].cap && c.orgAt(x) {
			return nil // another clause or company: "from Y, which is worth $N", "from Y and Z worth $N"
		}
		if !orderWorthWords[c.w(x)] {
			continue
		}
		at := x
		if c.w(x+1) == "at" {
			at++
		}
		for _, m := range c.money {
			if m.a > at && m.a <= at+3 && !m.perShare && c.onlyLowerWords(at+1, m.a) { // "worth about $12 billion"
				return c.st.newAmount(m.amt)
			}
		}
		return nil
	}
	return nil
}

// orgAt: an organisation mention starts at token x.
func (c *ctx) orgAt(x int) bool {
	j := c.mentionAt(x)
	return j >= 0 && c.typ(c.s.ments[j]) == org
}
