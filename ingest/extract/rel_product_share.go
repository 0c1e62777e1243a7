package extract

import "github.com/cigraph/cigraph/graph"

// "the iPhone accounted for about half of Apple's revenue" is a product's
// share of its maker's sales, not a customer's: the subject of the share
// verb is the product, and the company named earlier in the sentence
// ("Apple still leads ..., and the iPhone accounted for") buys nothing.

// productShareSubject: a product mention ends just before the share verb
// k, after the customer mention cust.
func (c *ctx) productShareSubject(k, cust int) bool {
	if !c.hasProd {
		return false
	}
	for _, m := range c.s.ments {
		if m.b <= k && k-m.b <= 2 && m.a >= c.s.ments[cust].b && c.typ(m) == graph.Product {
			return true
		}
	}
	return false
}

// wholeWords after "bought half of" make the share one of goods, not of a
// company: "bought more than half of everything the supplier shipped".
var wholeWords = set("everything", "all", "what", "whatever", "anything", "output", "production", "supply", "shipments")

// "One customer, which Cirrus did not name, accounted for 14% of revenue":
// the share belongs to an anonymous buyer (no fact, eval README); the
// company named inside the relative clause is not the verb's subject.
func (c *ctx) anonCustomerSubject(k, cust int) bool {
	for x := k - 1; x > 0 && x >= k-15 && x >= c.s.ments[cust].a-4; x-- {
		if anonBuyerGate.in(anonBuyerNouns, c.w(x)) && anonDeterminers[c.w(x-1)] && x < c.s.ments[cust].a {
			return true
		}
	}
	return false
}

var anonBuyerNouns = set("customer", "client", "buyer", "distributor")

var anonDeterminers = set("one", "a", "an", "another", "single", "unnamed", "unidentified", "undisclosed", "other")
