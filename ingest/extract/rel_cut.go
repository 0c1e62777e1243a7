package extract

// Commissions stated as a cut: "Apple takes a 30% cut of Spotify's in-app
// subscriptions", "Google collects a 15% commission on Match's sales",
// "Spotify pays Google a reduced fee of 4%". The taker receives a share
// of the other company's revenue (REVENUE_SHARE taker -> payer), though
// no revenue noun follows (revenueShare needs one otherwise). A cut of
// unnamed sales ("a 30% cut of in-app purchases") names no payer.

// cutNouns name a share taken of sales.
var cutNouns = set("cut", "commission", "commissions", "fee", "fees", "take", "slice", "share")

// cutPercent: the percentage p names a cut: "a 30% cut", "a fee of 4%".
func (c *ctx) cutPercent(p *percent) bool {
	if p == nil {
		return false
	}
	return cutNouns[c.w(p.b)] && c.w(p.b) != "share" || c.w(p.a-1) == "of" && cutNouns[c.w(p.a-2)]
}

// paidCut: "Spotify pays Google a 4% fee on subscriptions", "pays Apple a
// commission of 30%": the payee (obj, right after the pay verb k) takes
// that share of the payer's sales. The payment is still a purchase
// (pays reads it too), so this reports nothing.
func (c *ctx) paidCut(k, obj int) {
	b := c.s.ments[obj].b
	for i := range c.pcts {
		p := &c.pcts[i]
		if p.a <= b || p.a > b+5 || !c.cutPercent(p) {
			continue
		}
		c.payeeShare(k, obj, p.value, 0.7)
		return
	}
}

// trailingSpeaker: mention j is the speaker of a closing attribution
// (", Spotify said."), not a party of the fact before it.
func (c *ctx) trailingSpeaker(j int) bool {
	m := c.s.ments[j]
	return m.a > 0 && c.w(m.a-1) == "," && reportVerbs[c.w(m.b)]
}
