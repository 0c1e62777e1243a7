package extract

// "ending annual recurring revenue grew 32% to $3.86 billion": a figure of
// recurring revenue (ARR) is a run-rate even when a change verb
// (changedTo) rather than the noun phrase reads it, so it is annualized
// revenue, not the quarter's revenue.

// recurringRevenue renames a revenue figure at token a whose revenue noun,
// up to ten words before it, is "recurring revenue" or "ARR".
func (c *ctx) recurringRevenue(name, period string, a int) (string, string) {
	if name != "revenue" {
		return name, period
	}
	for x := a - 1; x >= 0 && x >= a-10; x-- {
		w := c.w(x)
		if w == "arr" || w == "recurring" && revenueWord(c.w(x+1)) {
			return "annualized_revenue", "annualized"
		}
		if c.toks[x].kind == tPunct && w != "-" && w != "%" {
			break
		}
	}
	return name, period
}

// recordBefore steps back over "a record" / "a new record" at v, so the
// figure verb before it is found: "revenue was a record $30.0 billion".
func (c *ctx) recordBefore(v int) int {
	if c.w(v) != "record" {
		return v
	}
	v--
	if c.w(v) == "new" || c.w(v) == "quarterly" {
		v--
	}
	if c.w(v) == "a" {
		v--
	}
	return v
}

// periodBeforeVerb: "revenue for the second quarter of fiscal 2025 was a
// record $30.0 billion" — the time of the revenue phrase ends at the
// figure verb before the amount at k (metricTime's first test wants a
// figure noun after the time).
func (c *ctx) periodBeforeVerb(k int) string {
	for _, t := range c.timeList() {
		if t.b > k || t.b < k-5 || !figureVerb(c.w(t.b)) {
			continue
		}
		p := t.a - 1
		if c.w(p) == "the" {
			p--
		}
		if (c.w(p) == "for" || c.w(p) == "in") && revenueWord(c.w(p-1)) {
			return t.value
		}
	}
	return ""
}

// rangePerShare: in "$2.80 to $2.95 a share" the low end is per share
// too (earnings guidance is given per share, not as a company figure).
func rangePerShare(out []money, m *money, toks []token) {
	if !m.perShare || len(out) == 0 {
		return
	}
	p := &out[len(out)-1]
	if p.b+1 == m.a && p.b < len(toks) {
		switch toks[p.b].low {
		case "to", "-", "and", "–":
			p.perShare = true
		}
	}
}
