package extract

// A lender's deal is not the lender's purchase: "Apollo provides loans for
// the purchase of Y", "a bank arranged financing for the acquisition of Y".
// The buyer there is only the one named by "by" ("... of Y by Z"), and the
// goods bought are not the lender's either.

// lendNouns name money lent or raised for someone else's deal.
var lendNouns = set("loan", "loans", "financing", "debt", "credit", "lending", "funding", "bridge", "backstop", "mortgage", "bonds")

// financedDeal: the deal noun at k follows "<lend noun> for (the|its|a)".
// Only called on acquisition and buy triggers, so the few lookups are cheap.
func (c *ctx) financedDeal(k int) bool {
	j := k - 1
	if j >= 0 && (c.toks[j].low == "the" || c.toks[j].low == "a" || c.toks[j].low == "its" || c.toks[j].low == "their") {
		j--
	}
	if j < 1 || c.toks[j].low != "for" {
		return false
	}
	return lendNouns[c.toks[j-1].low] || j > 1 && c.toks[j-1].low == "finance"
}
