package extract

// Profit figures: "pre-tax profit of £2.3 billion", "profit before tax was
// £2.3 billion", "operating profit rose to $7.5 billion", "posted net
// income of $2.6 billion", "$55.7 billion in annual profits", "free cash
// flow of $6.3 billion", "a net loss of $467 million". The ontology has no
// kind for profit (it is not revenue): they are metrics "other" of the
// company, dated and given a period like revenue. They are asked only of
// amounts no other metric rule read, and test words with switches, not
// map probes.

// profitFigure: a profit noun names the amount m, before it through link
// words ("of", "was", "rose to", "about") or after it ("$X in net income").
func (c *ctx) profitFigure(m money) bool {
	return c.profitBefore(m.a) || c.profitAfter(m.b) || c.earnedAmount(m)
}

// earnedAmount: "Capital One earned $4.9 billion" — a company's earnings,
// unless the amount is said to be revenue or a fee ("earned $2 billion in
// sales", "earned $5 million from the deal").
func (c *ctx) earnedAmount(m money) bool {
	v := m.a - 1
	if v >= 0 && c.toks[v].cls&wQual != 0 {
		v--
	}
	if w := c.w(v); w != "earned" && w != "netted" {
		return false
	}
	w := c.w(m.b)
	return w != "in" && w != "from" && w != "of" && w != "for" && w != "on"
}

// profitBefore: "operating profit rose to about $X", "EBITDA of $X".
func (c *ctx) profitBefore(a int) bool {
	for x := a - 1; x >= 0 && x >= a-7; x-- {
		if c.profitHead(x) {
			return true
		}
		if c.toks[x].cls&wQual == 0 && !profitLink(c.w(x)) {
			return false
		}
	}
	return false
}

// profitAfter: "$X in net income", "55.7 billion dollars (£45bn) in annual
// profits" — "in" or "of", at most three modifiers, then the head.
func (c *ctx) profitAfter(b int) bool {
	x := b
	if c.w(x) == "(" { // a converted amount in brackets
		for y := x + 1; y < len(c.toks) && y <= x+6; y++ {
			if c.w(y) == ")" {
				x = y + 1
				break
			}
		}
	}
	if w := c.w(x); w != "in" && w != "of" {
		return false
	}
	for y := x + 1; y < len(c.toks) && y <= x+4; y++ {
		if c.profitHead(y) {
			return true
		}
		if !profitModifier(c.w(y)) {
			return false
		}
	}
	return false
}

// profitHead: the token at x ends a profit phrase ("profit", "net income",
// "EBITDA", "free cash flow", "profit before tax").
func (c *ctx) profitHead(x int) bool {
	switch c.w(x) {
	case "profit", "profits", "ebitda", "ebit", "loss", "losses":
		return true
	case "income", "earnings":
		return c.w(x-1) != "per" && profitModifier(c.w(x-1))
	case "flow":
		return c.w(x-1) == "cash"
	case "tax", "taxes":
		return c.w(x-1) == "before" && (c.w(x-2) == "profit" || c.w(x-2) == "earnings")
	}
	return false
}

// profitModifier: words inside a profit phrase ("net", "operating",
// "pre-tax", "annual", "adjusted").
func profitModifier(w string) bool {
	switch w {
	case "net", "operating", "pre-tax", "pretax", "after-tax", "annual", "quarterly", "adjusted", "underlying",
		"core", "free", "cash", "gross", "record", "full-year", "half-year", "a", "its", "their":
		return true
	}
	return false
}

// profitLink: words between a profit noun and its amount.
func profitLink(w string) bool {
	switch w {
	case "of", "was", "were", "is", "to", "at", "reached", "rose", "fell", "grew", "climbed", "jumped", "increased",
		"dropped", "declined", "totalled", "totaled", "came", "in", "hit", "stood", "widened", "narrowed", "doubled",
		"tripled", "halved", "surged", "soared", "slumped", "tumbled", "plunged", "more", "than", "least", "from", "operations",
		"continuing", "$", "£", "€": // "income from continuing operations was $X"
		return true
	}
	return false
}

// addProfit adds the profit at m. Without a time of its own it shares
// the time of the company's revenue read before it in the sentence
// ("Revenue for the first quarter reached X, and operating profit came
// to Y": both are the quarter's).
func (c *ctx) addProfit(m money) {
	n := len(c.st.metrics)
	c.addMetric("other", m.a, m.amt.Value, m.amt.Unit, m.amt.Period, m.amt.Qualifier)
	if len(c.st.metrics) == n || c.st.metrics[n].time != "" {
		return
	}
	p := &c.st.metrics[n]
	for j := n - 1; j >= 0 && c.st.metrics[j].sent == c.si; j-- {
		if r := c.st.metrics[j]; r.metric == "revenue" && r.subj == p.subj && !r.forecast {
			p.time = r.time
			p.period = flowPeriod(p.metric, p.unit, p.period, p.time)
			return
		}
	}
}
