package extract

// Revenue stated by a verb after a longer subject: "Revenue for January to
// March reached 12.43 trillion won", "its revenue for the fiscal year that
// ended in January topped $1.6bn", "annualised revenue passed $2bn". The
// plain "revenue was/reached $X" is read by moneyMetric; here the revenue
// noun may stand up to ten words before the verb, within one phrase.

// moreMoneyMetrics reads the figures moneyMetric leaves: unit prices
// (metrics_figures.go), revenue stated by a verb and spending (where the
// sentence names capital spending: class wMetric, metrics_capex.go).
func (c *ctx) moreMoneyMetrics(m money) {
	if x := c.unitPrice(m); x >= 0 {
		c.addUnitPrice(m, x)
		return
	}
	if name, q, ok := c.verbFigure(m); ok {
		c.addMetric(name, m.a, m.amt.Value, m.amt.Unit, m.amt.Period, q)
	} else if c.s.sum.cls&wMetric != 0 && c.capexAt(m.a) || c.spendOnAssets(m) { // metrics_capex.go
		n := len(c.st.metrics)
		c.addMetric("other", m.a, m.amt.Value, m.amt.Unit, m.amt.Period, m.amt.Qualifier)
		if len(c.st.metrics) > n && c.plannedSpend(m) {
			c.st.metrics[n].forecast = true
		}
	} else if c.backlogFigure(m) { // metrics_backlog.go
		c.addMetric("other", m.a, m.amt.Value, m.amt.Unit, m.amt.Period, m.amt.Qualifier)
	} else if c.profitFigure(m) { // metrics_profit.go
		c.addProfit(m)
	}
}

// overVerbs say a figure went (or will go) beyond the amount: "topped $1
// billion", "could top $1 billion" (aheadVerbs).
var overVerbs = set("passed", "topped", "exceeded", "surpassed", "crossed", "pass", "top", "exceed", "surpass", "cross")

// figureVerb: w states the value a figure reached (a switch: it is asked
// of every amount no other rule read).
func figureVerb(w string) bool {
	switch w {
	case "reached", "passed", "topped", "exceeded", "surpassed", "crossed", "hit", "totalled",
		"totaled", "amounted", "stood", "was", "rose", "grew", "climbed", "jumped", "increased", "fell", "dropped", "declined":
		return true
	}
	return false
}

// aheadVerbs state a value a figure will reach ("is expected to exceed
// €300 million", "could top $1 billion"); forecastWords mark the metric.
var aheadVerbs = set("reach", "exceed", "top", "pass", "surpass", "cross", "hit", "total")

// figureVerbAhead: the base verb at v follows "to" or a modal.
func (c *ctx) figureVerbAhead(v int) bool {
	if !aheadGate.in(aheadVerbs, c.w(v)) {
		return false
	}
	switch c.w(v - 1) {
	case "to", "will", "would", "could", "should", "may", "might":
		return true
	}
	return false
}

// verbFigure: a figure verb right before the amount (after "to"/"at" and a
// qualifier) and a revenue noun before the verb in the same phrase.
func (c *ctx) verbFigure(m money) (string, string, bool) {
	v := m.a - 1
	if v >= 0 && c.toks[v].cls&wQual != 0 {
		v--
	}
	if c.w(v) == "to" || c.w(v) == "at" {
		v--
	}
	v = c.recordBefore(v) // metrics_arr.go: "was a record $30 billion"
	if v < 1 || !figureVerb(c.w(v)) && !c.figureVerbAhead(v) {
		return "", "", false
	}
	for x := v - 1; x >= 0 && x >= v-10; x-- {
		w := c.w(x)
		if revenueWord(w) {
			q := m.amt.Qualifier
			if overVerbs[c.w(v)] && (q == "" || q == "exact") {
				q = "more_than"
			}
			return c.revenueKind(x), q, true
		}
		if c.toks[x].kind == tNum && !isYearTok(w) || c.toks[x].kind == tPunct && w != "-" { // a year may date the noun
			break
		}
	}
	return "", "", false
}

// revenueKind: "annualised revenue" is a run-rate.
func (c *ctx) revenueKind(x int) string {
	switch c.w(x - 1) {
	case "annualised", "annualized", "recurring":
		return "annualized_revenue"
	}
	return "revenue"
}

// priorAfter: "Gross margin rose to 78.4%, from 64.6% in the same period
// last year" — a comparison value ("from" and a number) follows the figure
// at k within five tokens, so a time after it dates the earlier value,
// not this one.
func (c *ctx) priorAfter(k int) bool {
	for x := k + 1; x < len(c.toks) && x <= k+5; x++ {
		if c.w(x) == "from" {
			if c.timeAfter(k+1, x-k-2) != "" {
				return false // "jumped to $1.92 billion in 2024 from ...": the time is this figure's
			}
			n := x + 1
			if n < len(c.toks) && c.toks[n].kind == tPunct && c.toks[n].s != "(" {
				n++ // a currency sign
			}
			return n < len(c.toks) && c.toks[n].kind == tNum
		}
	}
	return false
}

// farUpGrowth: "Nvidia reported revenue of $26.0 billion for its fiscal
// first quarter on May 22, up 262% from a year earlier" — "up N%" with its
// year-ago base, after a revenue noun earlier in the same clause (however
// long the phrase between), and no share price in between.
func (c *ctx) farUpGrowth(p percent) bool {
	if !c.yearAgoAfter(p.b) {
		return false
	}
	x := p.a - 1
	for x >= 0 && x >= p.a-2 && c.w(x) != "up" { // "up more than 50%"
		x--
	}
	if c.w(x) != "up" {
		return false
	}
	for y := x - 1; y >= 0 && y >= x-25; y-- {
		switch w := c.w(y); w {
		case ";", "while", "but", "shares", "stock":
			return false
		default:
			if revenueWord(w) {
				return true
			}
		}
	}
	return false
}

// flowPeriod: a revenue or spending figure dated to a quarter ("revenue of
// $26 billion for the first quarter") is a quarter's flow, one dated to a
// year a year's; the amount itself rarely says so. Scores compare money at
// an annual rate, so a quarter's revenue without its period reads as a
// quarter of the year's.
func flowPeriod(name, unit, period, t string) string {
	if period != "" || unit == "percent" || unit == "" || name != "revenue" && name != "other" {
		return period
	}
	switch {
	case len(t) == 7 && t[5] == 'Q':
		return "quarter"
	case len(t) == 4 || len(t) == 6 && t[0] == 'F':
		return "year"
	}
	return period
}

// sentenceTime: "revenue of $26 billion for the first quarter, up 262%
// from a year earlier"; "Tesco held 27.2% in the twelve weeks to March,
// while Aldi held 9.9%" — a figure without a time of its own shares the
// time of the figure read before it in the sentence: the same kind, or
// the revenue its growth is of.
func (c *ctx) sentenceTime(m *metricFact) {
	if m.time != "" || m.forecast {
		return
	}
	for j := len(c.st.metrics) - 2; j >= 0 && c.st.metrics[j].sent == c.si; j-- {
		p := &c.st.metrics[j]
		if p.metric == m.metric || m.metric == "growth" && p.metric == "revenue" && p.subj == m.subj {
			if !p.forecast {
				m.time = p.time
			}
			return
		}
	}
}
