package extract

// A ranking of market shares runs over several sentences: "Apple fell to
// second place with 17.3% of the market. Xiaomi came third with a 14.1%
// share. Transsion ranked fourth with 9.9%, ahead of Oppo with 8.7%." A
// bare "with N%" continues the run while the sentence before (or this one)
// has read a market share.

// shareRunNear: a market share was read in this sentence or the one before.
func (c *ctx) shareRunNear() bool {
	for j := len(c.st.metrics) - 1; j >= 0 && c.st.metrics[j].sent >= c.si-1; j-- {
		if c.st.metrics[j].metric == "market_share" {
			return true
		}
	}
	return false
}

// holdVerb: w states a share held ("while Aldi held 9.9%"); a switch, as
// it is asked of every percentage.
func holdVerb(w string) bool {
	switch w {
	case "held", "holds", "hold", "had", "has", "took", "takes", "captured", "commanded":
		return true
	}
	return false
}

// heldShare: "Tesco held 27.2% of the grocery market, while Aldi held
// 9.9%" — a bare percentage after a hold verb continues a run of market
// shares.
func (c *ctx) heldShare(p percent) bool {
	if c.w(p.b) == "of" {
		return false
	}
	x := p.a - 1
	if x >= 0 && c.toks[x].cls&wQual != 0 {
		x--
	}
	return holdVerb(c.w(x)) && c.shareRunNear()
}
