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

// rankedGroups: the word before a number ranks a group ("its top 10
// customers", "its largest five clients"): the number sizes the group the
// text speaks of, not the company's customer count.
var rankedGroups = set("top", "largest", "biggest", "leading")

// valuedBook: business the company has booked or hopes to win, valued in
// money ("a foundry pipeline Intel valued at $15 billion", "a backlog
// valued at $3 billion"): no valuation of the company.
var valuedBook = set("pipeline", "backlog", "orders", "bookings", "contracts", "order")
