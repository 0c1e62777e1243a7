package extract

// Spending pledges made to a named company: "Snap has committed to spend
// $2 billion on Google Cloud over five years". Spending "on" a company is
// usually a purchase of the company itself ("spent $69 billion on
// Activision"), so only a pledge verb before "to spend" or a multi-year
// term after the name makes the company a supplier.

// committedSpendOrg returns the organisation named right after "on" (at
// on+1) when the spending at k is a pledge or runs over a term, else -1.
func (c *ctx) committedSpendOrg(k, on int) int {
	j := c.mentionAt(on + 1)
	if j < 0 || c.s.ments[j].poss || c.typ(c.s.ments[j]) != org {
		return -1
	}
	if c.w(k-1) == "to" && spendPledges[c.w(k-2)] || c.termAfter(c.s.ments[j].b) {
		return j
	}
	return -1
}

// spendPledges stand before "to spend": "committed to spend", "pledged to spend".
var spendPledges = set("committed", "commits", "commit", "pledged", "pledges", "pledge")

// termAfter reads a spending term at x: "over five years", "over the next
// three years", "over six years".
func (c *ctx) termAfter(x int) bool {
	if c.w(x) != "over" {
		return false
	}
	for y := x + 1; y <= x+4 && y < len(c.toks); y++ {
		switch c.w(y) {
		case "years", "months", "year-period":
			return true
		}
		if c.toks[y].kind == tPunct {
			return false
		}
	}
	return false
}
