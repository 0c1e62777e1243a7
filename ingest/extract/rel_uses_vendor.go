package extract

import "github.com/cigraph/cigraph/graph"

// A company used for a service: "Shopify uses Stripe for its checkout",
// "the airline uses Adyen to process payments", "uses Fiserv for card
// processing". The company used is a vendor: the user is its customer.

// paymentServices are the services of a deal partner that make it the
// vendor ("a deal with Fiserv for card processing"); a deal "for
// delivery" or "for orders" may be signed by either side.
var paymentServices = set("payments", "payment", "transactions", "checkout", "billing", "payroll", "processing")

// vendorService: the tokens after the used company o name a service it
// runs for the user: "for" with a service noun within four words, or "to"
// and a service verb. In a deal (deal true) only payment services count.
func (c *ctx) vendorService(o mention, deal bool) bool {
	x := o.b
	switch c.w(x) {
	case "for":
		for y := x + 1; y < len(c.toks) && y <= x+4; y++ {
			t := &c.toks[y]
			if t.kind != tWord || t.cap {
				return false
			}
			if paymentServices[t.low] || !deal && serviceNouns[t.low] {
				return true
			}
		}
	case "to":
		return serviceVerbs[c.w(x+1)] && (!deal || paymentServices[c.w(x+2)])
	}
	return false
}

// usedVendor adds the customer fact of "X uses Y for its checkout" (subj
// the user, o the company used), true when it did.
func (c *ctx) usedVendor(k, subj int, o mention) bool {
	if o.poss || o.ref || c.typ(o) != org || !c.vendorService(o, false) {
		return false
	}
	for _, m := range c.userList(k, subj) {
		c.add(fact{typ: graph.CustomerOf, subj: m.ent, obj: o.ent, status: c.statusAt(k),
			time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
	}
	return true
}
