package extract

// A deal whose purpose is joint work: "Amgen signed a deal with Samsung
// Bioepis to commercialize its biosimilars", "an agreement with Y to
// develop the drug in China". Neither side is said to buy from the other;
// the two partner (as jointDeal reads "a co-development agreement with Y").

// jointPurposeVerbs after "with Y to" name work done together.
var jointPurposeVerbs = set("commercialize", "commercialise", "develop", "co-develop", "co-commercialize",
	"co-commercialise", "co-market", "co-promote", "market", "jointly")

// purposeDeal reads "a deal with Y to commercialize ..." at the deal noun
// k; it reports whether the frame matched.
func (c *ctx) purposeDeal(k int) bool {
	with := c.skipTo(k, "with", 1)
	if with < 0 {
		return false
	}
	other := c.nextMention(with+1, 2, false, org)
	if other < 0 {
		return false
	}
	b := c.s.ments[other].b
	if c.w(b) != "to" || !jointPurposeVerbs[c.w(b+1)] {
		return false
	}
	return c.partnerDealWith(k, 0.7) // rel_more3.go
}
