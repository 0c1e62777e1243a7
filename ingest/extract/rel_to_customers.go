package extract

// Goods passed on "to its customers": "X makes Y's models available to its
// customers", "X sells Y's chips to its clients". The customers are unnamed
// recipients of what X resells; the owner of the goods, named before, is
// X's supplier, never its customer.

// listAfterCustomers: words after the customer noun that go on to name them.
var listAfterCustomers = set(",", "including", "such", "like", "include", "includes", ":")

// toCustomers reports "to <owner>'s customers" with no names after it.
func (c *ctx) toCustomers(k, owner int) bool {
	a := c.s.ments[owner].a
	return a > 0 && c.w(a-1) == "to" && !listAfterCustomers[c.w(k+1)]
}

// makeAvailable: "make Y's models available" is causative — X offers Y's
// goods (resells them), it does not manufacture them for Y.
func (c *ctx) makeAvailable(k int) bool {
	for j := k + 1; j < len(c.toks) && j <= k+8; j++ {
		switch c.w(j) {
		case "available", "accessible":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}
