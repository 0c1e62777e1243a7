package extract

// valuationNounAfter: the amount modifies the noun "valuation" ("raised
// $500 million at a $22.5 billion valuation", "a $6 billion post-money
// valuation"): a valuation of the company. A sought or weighed one ("is
// seeking a $10 billion valuation", "weighing a sale at a $12 billion
// valuation") is no fact.
func (c *ctx) valuationNounAfter(m money) bool {
	w := c.w(m.b)
	if w == "post-money" || w == "pre-money" {
		w = c.w(m.b + 1)
	}
	return w == "valuation" && !c.hedged(m.a-8, m.a) // rel_core.go (gated on a modal word)
}
