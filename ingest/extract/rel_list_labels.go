package extract

import "github.com/cigraph/cigraph/graph"

// "Label: value" items of a factbox ("* Valuation: $183 billion", "*
// Chief executive: Dario Amodei", "- Backers: Amazon, Google"): the label
// says what the value is of the list's company, the one the lead-in names
// ("Anthropic at a glance:", "Here's how the company did:") or else the
// story's (rel_list_lead.go).

// metricLabels name a metric ("Annualized revenue: about $5 billion").
var metricLabels = map[string]string{
	"valuation": "valuation", "post-money valuation": "valuation", "market value": "valuation",
	"market cap": "valuation", "market capitalization": "valuation", "market capitalisation": "valuation",
	"revenue": "revenue", "revenues": "revenue", "sales": "revenue", "net sales": "revenue",
	"annual revenue": "revenue", "net revenue": "revenue", "quarterly revenue": "revenue",
	"annualized revenue": "annualized_revenue", "annualised revenue": "annualized_revenue",
	"annual recurring revenue": "annualized_revenue", "arr": "annualized_revenue",
	"revenue run rate": "annualized_revenue", "run-rate revenue": "annualized_revenue",
	"gross margin": "gross_margin", "market share": "market_share",
	"revenue growth": "growth", "sales growth": "growth",
}

// titleLabels name a leader's title ("Chief executive: Dario Amodei").
var titleLabels = map[string]string{
	"chief executive": "chief executive", "ceo": "CEO", "chief executive officer": "chief executive officer",
	"founder": "founder", "founders": "founder", "co-founder": "co-founder", "co-founders": "co-founder",
	"cofounders": "co-founder", "chairman": "chairman", "chair": "chair", "president": "president",
	"cfo": "CFO", "chief financial officer": "chief financial officer", "cto": "CTO",
}

// roleLabels name companies tied to the list's company ("Backers: Amazon,
// Google", "Parent company: Alphabet").
var roleLabels = map[string]listRole{
	"investors": roleInvestor, "backers": roleInvestor, "shareholders": roleInvestor,
	"customers": roleCustomer, "clients": roleCustomer, "suppliers": roleSupplier,
	"rivals": roleRival, "competitors": roleRival, "partners": rolePartner,
	"units": roleUnit, "subsidiaries": roleUnit, "brands": roleUnit, "products": roleProduct,
	"parent": roleParent, "parent company": roleParent, "owner": roleParent,
}

// roleParent (labels only): "Parent company: Alphabet": the list's company
// is SUBSIDIARY_OF the value.
const roleParent listRole = 100

// labelAdjs are dropped from a label ("Key backers", "Latest valuation").
var labelAdjs = set("key", "main", "major", "top", "biggest", "largest", "latest", "current", "total", "notable")

// labelEnd returns the ":" closing a label of one to four plain words
// that opens the item and names no entity, or 0.
func (c *ctx) labelEnd() int {
	for x := 0; x < len(c.toks) && x <= 4; x++ {
		if c.toks[x].low == ":" {
			if x == 0 || c.firstName() < x {
				return 0
			}
			return x
		}
		if c.toks[x].kind != tWord {
			return 0
		}
	}
	return 0
}

// labelItem reads the value after the label's ":" at k.
func (c *ctx) labelItem(k int, lst *listLead) {
	if lst.subj < 0 {
		return
	}
	var buf [48]byte
	key, fc := c.labelKey(k, buf[:0])
	if name, ok := metricLabels[string(key)]; ok {
		c.labelMetric(name, k, lst.subj, fc)
		return
	}
	if fc {
		return
	}
	if role, ok := titleLabels[string(key)]; ok {
		for _, m := range c.s.ments {
			if m.a > k && c.typ(m) == person && !m.ref {
				c.add(fact{typ: graph.Leads, subj: m.ent, obj: lst.subj, role: role, status: lst.status, confidence: 0.7})
			}
		}
		return
	}
	if r, ok := roleLabels[string(key)]; ok {
		for _, m := range c.s.ments {
			if m.a <= k || m.ref || m.poss {
				continue
			}
			if r == roleParent {
				if c.typ(m) == org {
					c.add(fact{typ: graph.SubsidiaryOf, subj: lst.subj, obj: m.ent, status: lst.status, confidence: 0.7})
				}
				return
			}
			c.addRole(r, lst.subj, m.ent, k+1, lst.status)
		}
	}
}

// labelKey lowers the label's words before k into buf, dropping
// adjectives; fc reports a forecast word ("Expected revenue").
func (c *ctx) labelKey(k int, buf []byte) ([]byte, bool) {
	fc := false
	for x := 0; x < k; x++ {
		w := c.toks[x].low
		if forecastWords[w] || w == "projected" || w == "estimated" {
			fc = true
			continue
		}
		if labelAdjs[w] {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		if len(buf)+len(w) > cap(buf) {
			return nil, fc
		}
		buf = append(buf, w...)
	}
	return buf, fc
}

// labelMetric adds the metric name of subj from the first figure after
// the label: an amount, or a percentage for a rate ("Gross margin: 78%").
func (c *ctx) labelMetric(name string, k, subj int, fc bool) {
	mf := metricFact{subj: subj, metric: name, forecast: fc, confidence: 0.7, sent: c.si}
	a := -1
	if name == "gross_margin" || name == "market_share" || name == "growth" {
		for _, p := range c.pcts {
			if p.a > k {
				mf.value, mf.unit, mf.qualifier, a = p.value, "percent", p.qualifier, p.a
				break
			}
		}
	} else {
		for _, m := range c.money {
			if m.a > k && !m.perShare {
				mf.value, mf.unit, mf.period, mf.qualifier, a = m.amt.Value, m.amt.Unit, m.amt.Period, m.amt.Qualifier, m.a
				break
			}
		}
	}
	if a < 0 {
		return
	}
	for x := k + 1; x < a; x++ {
		if forecastWords[c.w(x)] {
			mf.forecast = true // "Revenue: expected to top $5 billion"
		}
	}
	if name == "annualized_revenue" {
		mf.period = "annualized"
	}
	if mf.qualifier == "" {
		mf.qualifier = "exact"
	}
	mf.period = flowPeriod(name, mf.unit, mf.period, mf.time)
	c.st.metrics = append(c.st.metrics, mf)
}

// firstName is the first token of the sentence's first named mention (a
// reference such as the owner implied by "Revenue" is none), or the
// sentence's length.
func (c *ctx) firstName() int {
	for _, m := range c.s.ments {
		if !m.ref {
			return m.a
		}
	}
	return len(c.toks)
}
