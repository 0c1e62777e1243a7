package extract

// Market shares stated after the number ("a 20.1% market share", "31% of
// the market") and the ranked list that follows one ("Xiaomi came third
// with 12.5%", "ahead of Azure with 24% and Google Cloud with 11%").

// shareAfter: the percentage names a market share by the words after it,
// or is "with N%" in a sentence (or after one) about market shares.
func (c *ctx) shareAfter(p percent) bool {
	w := func(k int) string { return c.w(p.b + k) }
	switch {
	case w(0) == "market" && w(1) == "share", w(0) == "share" && w(1) == "of" && (marketWord(w(2), w(3)) || c.marketAhead(p.b+2)):
		return true
	case w(0) == "of" && (marketWord(w(1), w(2)) || c.marketAhead(p.b+1)):
		return !c.revenueAfter(p.b)
	case c.w(p.a-1) == "with" || w(0) == "share" && c.w(p.a-1) == "a":
		return c.aboutShares(c.toks) || c.si > 0 && c.aboutShares(c.st.sents[c.si-1].toks) || c.shareRunNear() // metrics_share_run.go
	}
	return false
}

// marketWord: "the market", "the global market", "market".
func marketWord(a, b string) bool {
	return a == "market" || a == "the" && (b == "market" || b == "global" || b == "smartphone")
}

// marketAhead: "of the European EV market": "market" within a few words.
func (c *ctx) marketAhead(k int) bool {
	if c.w(k) != "the" {
		return false
	}
	for x := k + 1; x < len(c.toks) && x <= k+4; x++ {
		if c.w(x) == "market" {
			return true
		}
		if c.toks[x].kind == tPunct {
			return false
		}
	}
	return false
}

// revenueAfter: "of the market's revenue" is no share of the market.
func (c *ctx) revenueAfter(k int) bool {
	for x := k; x < k+5 && x < len(c.toks); x++ {
		if figureNouns[c.w(x)] {
			return true
		}
	}
	return false
}

// aboutShares: the tokens state a market share ("market share", "of the
// market").
func (c *ctx) aboutShares(ts []token) bool {
	for x := 1; x < len(ts); x++ {
		if ts[x].low == "share" && ts[x-1].low == "market" || ts[x].low == "market" && ts[x-1].low == "the" && x > 1 && ts[x-2].low == "of" {
			return true
		}
	}
	return false
}

// resultVerbs give the subject of the sentence a figure: "Apple shipped
// 234 million iPhones, giving it a 20.1% share".
var resultVerbs = set("giving", "gives", "gave", "leaving", "making", "putting", "lifting", "taking")

// resultSubject: after "giving it", the figure is the first organisation's
// of the sentence (not the goods named in between); else -1.
func (c *ctx) resultSubject(k int) int {
	for x := k - 1; x >= 1 && x >= k-3; x-- {
		if c.w(x) == "it" && resultVerbs[c.w(x-1)] {
			for j, m := range c.s.ments {
				if m.a < x && c.typ(m) == org && !m.poss {
					return j
				}
			}
		}
	}
	return -1
}
