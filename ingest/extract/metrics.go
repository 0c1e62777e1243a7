package extract

import (
	"github.com/cigraph/cigraph/graph"
)

// metricFact is a metric before names are final.
type metricFact struct {
	subj       int
	metric     string
	value      float64
	unit       string
	period     string
	qualifier  string
	time       string
	forecast   bool
	confidence float64
	sent       int
}

var forecastWords = set("expects", "expected", "expect", "projected", "projects", "forecast", "forecasts",
	"will", "plans", "aims", "target", "targets", "anticipates", "guidance", "outlook", "estimates",
	"predicted", "predicts", "predict", "targeting", "aiming", "track")

// metrics reads revenue, valuation, margin, growth and customer counts.
func (c *ctx) metrics() {
	for _, m := range c.money {
		if m.perShare || c.deltaAmount(m) { // metrics_delta.go: "rise by $1 billion"
			continue
		}
		if name, ok := c.moneyMetric(m); ok && !c.partOfWhole(m) && !(name == "valuation" && c.rejectedOffer()) && !(name != "valuation" && c.perUnitRevenue(m.a)) { // metrics_figures.go, rel_deal_blocked.go, metrics_per_unit.go
			name, period := c.recurringRevenue(name, m.amt.Period, m.a) // metrics_arr.go
			c.addMetric(name, m.a, m.amt.Value, m.amt.Unit, period, m.amt.Qualifier)
		} else if !ok {
			c.moreMoneyMetrics(m)
		}
	}
	for _, p := range c.pcts {
		if name, ok := c.percentMetric(p); ok && !(name == "growth" && c.perUnitRevenue(p.a)) { // metrics_per_unit.go
			c.addMetric(name, p.a, p.value, "percent", "", p.qualifier)
		} else if c.farUpGrowth(p) { // metrics_verbs.go
			c.addMetric("growth", p.a, p.value, "percent", "", p.qualifier)
		} else if c.heldShare(p) { // metrics_share_run.go
			c.addMetric("market_share", p.a, p.value, "percent", "", p.qualifier)
		}
	}
	c.customerCounts()
}

// moneyMetric names the metric an amount states: "$1 billion in annualized
// revenue", "revenue of $X", "valuing it at $X", "market value of $X".
func (c *ctx) moneyMetric(m money) (string, bool) {
	after := func(k int) string { return c.w(m.b + k) }
	switch {
	case after(0) == "in" && (after(1) == "revenue" || after(1) == "sales" || after(2) == "revenue" && after(1) != "the"):
		if m.amt.Period == "annualized" || after(1) == "annualized" || after(1) == "annualised" {
			return "annualized_revenue", true
		}
		return "revenue", true
	}
	if c.valuationNounAfter(m) { // metrics_valuation_noun.go: "at a $22.5 billion valuation"
		return "valuation", true
	}
	if c.changedTo(m.a) || c.cameInAt(m.a) || c.productTakings(m.a) { // metrics_more2.go, metrics_product_takings.go
		return "revenue", true
	}
	for x := m.a - 1; x >= 0 && x >= m.a-6; x-- {
		switch c.w(x) {
		case "valuing", "valuation", "values", "value":
			if c.w(x) == "value" && c.w(x-1) != "market" {
				return "", false
			}
			return "valuation", true
		case "valued":
			if c.valuedObject(x) { // metrics_figures.go
				return "valuation", true
			}
			if c.w(x-1) == "deal" || c.w(x-1) == "transaction" || c.w(x-2) == "deal" || c.dealNounAt(x-1) || valuedBook[c.w(x-1)] || valuedBook[c.w(x-2)] || c.backlogValued(x) { // rel_more2.go, metrics_counts.go, metrics_backlog.go
				return "", false
			}
			return "valuation", true
		case "revenue", "revenues", "sales":
			if c.w(x+1) == "of" || c.w(x+1) == "was" || c.w(x+1) == "reached" || c.w(x+1) == "to" || c.w(x+2) == "reach" || c.w(x+2) == "to" {
				if c.w(x-1) == "recurring" { // rel_more2.go: "annual recurring revenue"
					return "annualized_revenue", true
				}
				if c.w(x-1) == "annual" {
					return "revenue", true
				}
				return "revenue", true
			}
		case "rate", "run-rate":
			if c.w(x) == "run-rate" || c.w(x-1) == "run" {
				return "annualized_revenue", true // "a revenue run rate of $X"
			}
		case "in", "for", "of":
			if c.w(x) != "of" {
				return "", false
			}
		}
	}
	if c.valuedAt(m.a) { // rel_funding.go
		return "valuation", true
	}
	return "", false
}

// percentMetric: "gross margin ... 40%", "grew 29%", "sales growth of 29%".
func (c *ctx) percentMetric(p percent) (string, bool) {
	stock := false
	for x := max(p.a-7, 0); x < len(c.toks) && x < p.a+8; x++ { // abs(x-p.a) < 8
		if w := c.w(x); w == "shares" || w == "stock" {
			stock = true
		}
	}
	if c.shareAfter(p) {
		return "market_share", true
	}
	for x := p.a - 1; x >= 0 && x >= p.a-10; x-- {
		switch c.w(x) {
		case "margin":
			if c.w(x-1) == "gross" {
				return "gross_margin", true
			}
		case "grew", "growth", "climbed", "rose", "increased", "jumped", "up":
			if c.w(x) == "up" { // metrics_more2.go
				if !stock && c.upGrowth(x, p.b) {
					return "growth", true
				}
				continue
			}
			if !stock && c.revenueNear(x) && c.w(p.b) != "of" {
				return "growth", true
			}
		case "share":
			// "AMD's share of the AI accelerator market rose to 10%"
			if c.w(x-1) == "market" || c.w(x+1) == "of" && c.marketAhead(x+2) && !c.revenueAfter(x+2) {
				return "market_share", true
			}
		}
	}
	return "", false
}

func (c *ctx) revenueNear(x int) bool {
	for k := x - 6; k <= x+3; k++ {
		if w := c.w(k); w == "revenue" || w == "sales" || w == "revenues" || w == "growth" && k != x {
			return true
		}
	}
	return c.w(x) == "growth"
}

// customerCounts: "has 2.2 million fiber customers". The count noun is
// looked for before the number is parsed: most numbers count no customers.
func (c *ctx) customerCounts() {
	// a count needs a number and a count noun (class wCustomers, countNoun)
	if !c.s.sum.mayNumber() || c.s.sum.cls&wCustomers == 0 {
		return
	}
	for k := 0; k+1 < len(c.toks); k++ {
		if c.toks[k].kind != tNum || c.moneyAtTok(k) { // metrics_counts.go
			continue
		}
		n, mul := k+1, 1.0
		if m := c.multiplierAt(n); m >= 1e3 && len(c.w(n)) > 2 {
			mul = m
			n++
		}
		x := c.countNoun(n)
		if x < 0 && c.countTotal(k) { // metrics_count_change.go: "bringing its total to 302 million"
			x = n
		}
		if x < 0 || c.w(x+1) == "have" || c.w(x+1) == "across" || c.countChange(k) || rankedGroups[c.w(k-1)] { // metrics_counts.go
			continue
		}
		v, suf, ok := parseNumber(c.toks[k].s)
		if !ok || suf != "" {
			continue
		}
		if mul != 1 {
			v *= mul
		}
		c.addMetric("customers", k, v, "", "", qualifierBefore(c.toks, k))
	}
}

// multiplierAt is multipliers[c.w(n)], probing the map only for tokens of
// class wMoney (which every multiplier has).
func (c *ctx) multiplierAt(n int) float64 {
	if n >= len(c.toks) || c.toks[n].cls&wMoney == 0 {
		return 0
	}
	return multipliers[c.toks[n].low]
}

// countNoun returns the first of tokens [n, n+3) that is "customers",
// "subscribers" or "users", or -1.
func (c *ctx) countNoun(n int) int {
	for x := n; x < len(c.toks) && x < n+3; x++ {
		if c.w(x) == "customers" || c.w(x) == "subscribers" || c.w(x) == "users" {
			return x
		}
		if c.toks[x].kind == tPunct {
			return -1 // "merged with Y in 2024, said subscribers rose": the number ends its clause
		}
	}
	return -1
}

// addMetric attaches a metric to the subject before it (or the product or
// organisation named right after "of"/"with its").
func (c *ctx) addMetric(name string, k int, v float64, unit, period, q string) {
	subj := c.subjectBefore(k, org, prod)
	if subj >= 0 {
		// metrics_yardstick.go: not the company after "than"
		subj = c.notYardstick(subj, k)
		subj = c.appositionHost(subj) // metrics_apposition.go
	}
	if g := c.resultSubject(k); g >= 0 {
		subj = g
	}
	if subj < 0 && name == "valuation" {
		subj = c.frontedValued(k) // rel_time_valued.go
	} else if name == "valuation" {
		subj = c.valuingIssuer(subj, k) // metrics_valued_issuer.go
		subj = c.describedMaker(subj)   // metrics_valued_maker.go: "valuing the maker of Caplyta"
	}
	if g := c.metricOwnerAfter(k); g >= 0 && (subj < 0 || name == "gross_margin") {
		subj = g
	}
	if subj < 0 || c.hedge || (name == "revenue" || name == "growth") && c.unitFigure(k) { // metrics_unit_figure.go
		return
	}
	if name == "revenue" && unit != "percent" && c.revenueFrom(subj, k, graph.Amount{Value: v, Unit: unit, Period: period, Qualifier: q}) {
		return // metrics_revenue_from.go: "Broadcom's revenue from Google rose to $8 billion"
	}
	if name == "valuation" && c.talkedValuation(k) { // rel_talks_about.go
		return
	}
	if subj = c.notSource(subj, k); subj < 0 { // rel_source.go
		return
	}
	if l := c.listAt(subj); len(l) >= 2 && name == "customers" {
		return
	}
	fcFrom := c.forecastLead(subj)
	subj = c.possFigureOwner(k, subj)
	fc := false
	for x := fcFrom; x < k; x++ {
		if w := c.w(x); forecastGate.may(w) && forecastWords[w] { // wordgate.go
			fc = true
		}
	}
	if name == "revenue" && period == "annualized" {
		name = "annualized_revenue"
	}
	e := c.s.ments[subj].ent
	if name == "valuation" {
		e = c.valuedTarget(c.valuedOrg(e)) // metrics_figures.go
	}
	c.st.metrics = append(c.st.metrics, metricFact{subj: e, metric: name, value: v, unit: unit,
		period: period, qualifier: q, time: c.forecastTime(c.metricTime(k), fc), forecast: fc, confidence: 0.75, sent: c.si})
	last := &c.st.metrics[len(c.st.metrics)-1]
	c.sentenceTime(last) // metrics_verbs.go
	last.period = flowPeriod(name, unit, period, last.time)
	last.period = c.halfPeriod(last.period, last.time) // times_half.go
	c.datePriorValue(k)                                // metrics_prior_value.go
}

func (c *ctx) metricOwnerAfter(k int) int {
	for x := k - 8; x < k; x++ {
		if c.w(x) == "of" {
			if j := c.nextMention(x+1, 2, false, org, prod); j >= 0 && c.s.ments[j].a < k {
				return j
			}
		}
	}
	return -1
}

func (st *state) metricOut(m metricFact) graph.Metric {
	unit := m.unit
	return graph.Metric{Subject: st.ents[m.subj].name, Metric: m.metric, Value: m.value, Unit: unit,
		Period: m.period, Qualifier: m.qualifier, Time: m.time, Forecast: m.forecast,
		Confidence: m.confidence, Evidence: st.sents[m.sent].text}
}
