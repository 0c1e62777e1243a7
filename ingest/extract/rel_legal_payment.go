package extract

// Payments a court, a regulator or a settlement imposes: "Apple paid Epic
// Games $50 million in damages", "agreed to pay Match Group $30 million to
// settle the lawsuit", "paid a $500 million fine to the Commission". They
// buy nothing: no customer fact (pays).

// legalPayNouns name what such a payment is.
var legalPayNouns = set("damages", "fine", "fines", "penalty", "penalties", "settlement", "restitution", "compensation")

// legalPayment: a legal-payment noun, or "to settle"/"to resolve", in the
// eight words after the pay verb at k and before a comma.
func (c *ctx) legalPayment(k int) bool {
	for x := k + 1; x < len(c.toks) && x <= k+8; x++ {
		w := c.w(x)
		if w == "," || w == ";" {
			return false
		}
		if legalPayNouns[w] || w == "to" && (c.w(x+1) == "settle" || c.w(x+1) == "resolve") {
			return true
		}
	}
	return false
}
