package extract

// paidPurpose: "X paid Y $N to license its models": the buy verb at k is
// the purpose of a payment, and the mention subj before it is the payee,
// not the buyer (the payment frame reads X as Y's customer).
func (c *ctx) paidPurpose(k, subj int) bool {
	if subj < 0 || c.w(k-1) != "to" {
		return false
	}
	switch c.w(c.s.ments[subj].a - 1) {
	case "paid", "pays", "pay", "paying":
		return true
	}
	return false
}
