package extract

import "github.com/cigraph/cigraph/graph"

// "JetBlue agreed to pay $33.50 a share in cash for Spirit": a price per
// share paid for a company is a takeover; the per-share price is not the
// deal's value, so the fact has no amount (paidForCompany reads a total).
// "Spirit paid Frontier $25 million to cover its costs", "paid a $400
// million break-up fee": a payment that ends a deal or refunds costs buys
// nothing.

// perSharePaidFor reads the first kind; it reports whether it did.
func (c *ctx) perSharePaidFor(k int) bool {
	if c.hedge || len(c.money) == 0 {
		return false
	}
	m := c.money[0]
	for x := range c.money {
		if c.money[x].a > k {
			m = c.money[x]
			break
		}
	}
	if !m.perShare || m.a > k+3 {
		return false
	}
	f := c.skipTo(m.b-1, "for", 5)
	if f < 0 {
		return false
	}
	obj := c.companyAfter(f + 1) // rel_paidfor.go
	subjs := c.subjects(k)
	if obj < 0 || len(subjs) != 1 || c.hedged(subjs[0].b, k) || subjs[0].ent == c.s.ments[obj].ent {
		return false
	}
	c.add(fact{typ: graph.Acquires, subj: subjs[0].ent, obj: c.s.ments[obj].ent,
		time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k), confidence: 0.7})
	return true
}

// costsRefunded: the payment at k refunds costs or is a break-up fee.
func (c *ctx) costsRefunded(k int) bool {
	for x := k + 1; x < len(c.toks) && x <= k+12; x++ {
		switch c.w(x) {
		case "break-up", "breakup", "termination":
			return c.w(x+1) == "fee" || c.w(x+1) == "fees"
		case "cover", "reimburse", "reimbursed", "refund":
			return c.w(x+1) == "costs" || c.w(x+2) == "costs" || c.w(x+1) == "expenses" || c.w(x+2) == "expenses"
		}
	}
	return false
}
