package extract

// Spending plans over a span of years: "American Electric Power plans to
// spend $54 billion over five years", "aims to invest $500 billion over
// the next four years". A spend verb before the amount (spendOnAssets)
// and a span of years after it make a spending figure of the spender.

// spendOverYears: "over" (and "the next") then a number and "years"
// follow the amount ending at b.
func (c *ctx) spendOverYears(b int) bool {
	if c.w(b) != "over" {
		return false
	}
	x := b + 1
	if c.w(x) == "the" && (c.w(x+1) == "next" || c.w(x+1) == "coming") {
		x += 2
	}
	return c.w(x+1) == "years" && (c.toks[x].kind == tNum || spanCounts[c.w(x)])
}

// spanCounts are the spelled-out year counts of spending plans.
var spanCounts = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// relativeSpend: the spend verb before the amount at a opens a relative
// clause whose antecedent is no company ("the Stargate venture that A and
// B announced in January, which aims to invest $500 billion"): the
// spender is not named where the metric rules look, so no metric.
func (c *ctx) relativeSpend(a int) bool {
	for x := a - 1; x >= 1 && x >= a-5; x-- {
		if w := c.w(x); w != "which" && w != "that" {
			continue
		}
		p := x - 1
		if c.w(p) == "," {
			p--
		}
		return c.mentionEndingAt(p+1, orgOnly) < 0 // rel_rival_appos.go
	}
	return false
}
