package extract

// "sold the unit to KKR for about $4 billion and moved customers to
// subscriptions": a number inside an amount of money counts no customers
// (customerCounts asks only for numbers near a count noun).

// moneyAtTok: token k lies inside one of the sentence's amounts.
func (c *ctx) moneyAtTok(k int) bool {
	for _, m := range c.money {
		if k >= m.a && k < m.b {
			return true
		}
	}
	return false
}
