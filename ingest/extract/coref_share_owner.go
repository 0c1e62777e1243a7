package extract

// "Apple accounted for 25% of TSMC's revenue. Nvidia accounted for about
// 11% of the foundry's revenue": the company whose revenue a customer's
// share is of is the seller, so "the foundry" (a supplier description,
// tradeRole) is TSMC, not Apple, the subject named last.

// shareOfOwner: the possessive mention m stands in "N% of M's revenue".
func shareOfOwner(toks []token, m mention) bool {
	if m.a < 3 || toks[m.a-1].low != "of" || toks[m.a-2].kind != tPunct && toks[m.a-2].low != "percent" {
		return false
	}
	for x := m.b; x < len(toks) && x <= m.b+2; x++ {
		if revenueWord(toks[x].low) {
			return true
		}
	}
	return false
}
