package extract

import "github.com/cigraph/cigraph/graph"

// A price paid for a company is its purchase: "Sony paid $3.6 billion for
// Bungie", "Shopify had paid $2.1 billion for the startup Deliverr". The
// company must be the whole object: "paid $20 million for Nvidia chips"
// buys goods, "for Acme's unit" a part of Acme.

// paidForCompany reads the frame at the paying verb k; it reports whether
// an acquisition was read.
func (c *ctx) paidForCompany(k int) bool {
	if c.hedge || len(c.money) == 0 || c.w(k-1) == "after" || c.w(k-1) == "before" {
		return false
	}
	var amt *money
	for x := range c.money {
		if a := c.money[x].a; a == k+1 || a == k+2 && qualifierWords[c.w(k+1)] != "" {
			amt = &c.money[x]
		}
	}
	if amt != nil && amt.perShare {
		return c.perSharePurchase(k, amt) // rel_time_valued.go
	}
	if amt == nil || amt.perShare || c.w(amt.b) != "for" {
		return false
	}
	obj := c.companyAfter(amt.b + 1)
	if obj < 0 {
		return false
	}
	subjs := c.subjects(k)
	if len(subjs) != 1 || c.hedged(subjs[0].b, k) {
		return false
	}
	c.add(fact{typ: graph.Acquires, subj: subjs[0].ent, obj: c.s.ments[obj].ent,
		amount: c.onceAmount(c.moneyNear(k, k, amt.b)), time: c.timeNear(k, 0, len(c.toks)), confidence: 0.75})
	if len(c.money) > 1 {
		c.morePaidFor(c.st.facts[len(c.st.facts)-1], c.s.ments[obj].b) // rel_acquired_list.go
	}
	return true
}

// companyAfter returns the organisation named at x, after at most "the"
// and three lower-case words ("the fulfilment startup Deliverr"), with no
// goods or part noun after it; else -1.
func (c *ctx) companyAfter(x int) int {
	if c.w(x) == "the" {
		x++
	}
	for n := 0; n < 3 && x < len(c.toks) && c.toks[x].kind == tWord && !c.toks[x].cap; n++ {
		x++
	}
	j := c.mentionAt(x)
	if j < 0 {
		return -1
	}
	m := c.s.ments[j]
	if m.poss || m.ref || c.typ(m) != org {
		return -1
	}
	if w := c.w(m.b); buyNounGate.in(buyNouns, w) || unitWords[w] || w == "to" || w == "and" || w == "stake" || w == "shares" || w == "assets" {
		return -1 // goods, a part, or a purpose: not the company itself
	}
	return j
}

// ownDealAmount: the sentence's first amount already prices a deal read
// from this sentence ("The deal followed X's $7.5 billion takeover of
// Y"), so it is not the value of the deal reported before.
func (c *ctx) ownDealAmount() bool {
	v := c.money[0].amt.Value
	for j := len(c.st.facts) - 1; j >= 0 && c.st.facts[j].sent == c.si; j-- {
		f := &c.st.facts[j]
		if (f.typ == graph.Acquires || f.typ == graph.InvestsIn) && f.amount != nil && f.amount.Value == v {
			return true
		}
	}
	return false
}
