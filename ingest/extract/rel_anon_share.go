package extract

// "Nvidia said two direct customers accounted for 13% and 11% of revenue":
// the share verb's own subject is a customer noun, so the shares belong to
// buyers the filing does not name (no fact, eval README). The company
// named before "said" is the seller, not a customer, and must not be read
// as the share's subject (anonCustomerSubject reads the noun only before
// the company: "One customer, which Cirrus did not name, accounted").

// anonShareNoun: a buyer noun ends right before the share verb k, after
// the customer mention cust ("each" may stand between) and no definite
// article points back to a buyer already named.
func (c *ctx) anonShareNoun(k, cust int) bool {
	x := k - 1
	if c.w(x) == "each" || c.w(x) == "together" {
		x--
	}
	if x < c.s.ments[cust].b || !anonBuyerGate.in(anonBuyerNouns, c.w(x)) && !anonBuyerPlurals[c.w(x)] {
		return false
	}
	d := c.w(x - 1)
	return d != "the" && d != "this" && d != "that" // "the customer made up a fifth": one named before
}

var anonBuyerPlurals = set("customers", "clients", "buyers", "distributors")
