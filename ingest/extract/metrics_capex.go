package extract

// Spending figures: "capital expenditure of $14 billion", "raised its
// forecast for capital expenditure to between $35 billion and $40
// billion", "plans to spend almost $150 billion on data centers". The
// ontology has no kind for them: they are metrics "other" of the spender
// (forecast when planned).

// capexAt: a capital-spending noun in the ten tokens before the amount at
// a, with no other figure noun between (whose amount it would be).
func (c *ctx) capexAt(a int) bool {
	if !capexLink(c.w(a - 1)) {
		return false // "raised $X", "for $X": no spending figure (most amounts stop here)
	}
	for x := a - 1; x >= 0 && x >= a-10; x-- {
		t := &c.toks[x]
		if l := t.low; len(l) >= 5 && l[0] == 'c' && l[1] == 'a' && l[2] == 'p' { // "capital", "capex": bytes first
			return l == "capex" || l == "capital" && capexWord(c.w(x+1))
		}
		if t.cls&wFigure != 0 && t.low != "spending" || revenueWord(t.low) {
			return false
		}
	}
	return false
}

// capexStarts start every capital-spending phrase capexAt reads (class
// wMetric, so that a sentence without one skips it).
var capexStarts = set("capital", "capex")

// capexLink: the word right before a spending amount ("capital
// expenditure of $X", "to between $35 billion and $40 billion", "was $14
// billion", "about $X").
func capexLink(w string) bool {
	switch w {
	case "of", "to", "was", "were", "is", "be", "at", "and", "between", "totalled", "totaled", "reached",
		"about", "around", "roughly", "nearly", "almost", "approximately", "some", "than", "over":
		return true
	}
	return false
}

// capexWord: w names capital spending ("capital expenditure", "capex"); a switch, not a map probe, as it is asked of many tokens.
func capexWord(w string) bool {
	switch w {
	case "expenditure", "expenditures", "capex", "spending":
		return true
	}
	return false
}

// spendOnAssets: "plans to spend almost $150 billion on data centers" — a
// spend verb right before the amount and "on" after it, then a word of
// infrastructure.
func (c *ctx) spendOnAssets(m money) bool {
	v := m.a - 1
	if v >= 0 && c.toks[v].cls&wQual != 0 {
		v--
	}
	switch c.w(v) {
	case "spend", "spending", "spent", "spends", "invest", "investing":
	default:
		return false
	}
	if c.relativeSpend(m.a) || c.listSpends(v) { // metrics_capex_span.go: "..., which aims to invest $X"
		return false
	}
	if c.spendOverYears(m.b) { // metrics_capex_span.go: "spend $54 billion over five years"
		return true
	}
	if c.w(m.b) != "on" && c.w(m.b) != "in" {
		return false
	}
	for x := m.b + 1; x < len(c.toks) && x <= m.b+4; x++ {
		if assetNouns[c.w(x)] {
			return true
		}
	}
	return false
}

// assetNouns are what capital spending buys.
var assetNouns = set("centers", "centres", "center", "centre", "infrastructure", "servers", "factories",
	"plants", "capacity", "facilities", "networks", "fabs", "capital", "expenditures", "grid", "transmission")

// timeAfterFigure: "capital expenditure this year to $40 billion",
// "revenue in the first quarter rose 27%" — a time right after a figure
// noun (or after "in"/"for" following it), in the ten tokens before the
// figure at k, is the figure's time.
func (c *ctx) timeAfterFigure(k int) string {
	for _, t := range c.timeList() {
		rangeEnd := c.w(k-1) == "and" || c.w(k-1) == "to" // "between $35 billion and $40 billion"
		if t.b > k || t.a < k-10 || t.a < 1 || !rangeEnd && c.numberIn(t.b, k) {
			continue // a number between: the time is an earlier figure's
		}
		n := t.a - 1
		if c.w(n) == "the" {
			n--
		}
		if w := c.w(n); w == "in" || w == "for" || w == "during" {
			n--
		}
		if n >= 0 && (c.toks[n].cls&wFigure != 0 || capexWord(c.w(n))) && !c.numberIn(max(n-3, 0), n) {
			return t.value // ("$2 billion in revenue last year": that amount's noun)
		}
	}
	return ""
}

// numberIn: a number token in [a, b).
func (c *ctx) numberIn(a, b int) bool {
	for x := a; x < b; x++ {
		if c.toks[x].kind == tNum {
			return true
		}
	}
	return false
}

// plannedSpend: "said it would spend", "is set to invest" — the modal or
// "to" before the spend verb makes the figure a plan.
func (c *ctx) plannedSpend(m money) bool {
	v := m.a - 1
	if v >= 0 && c.toks[v].cls&wQual != 0 {
		v--
	}
	w := c.w(v - 1)
	return w == "would" || w == "will" || w == "to"
}

// reportWords date a publication: "in its filing on April 30".
var reportWords = set("filing", "statement", "release", "report", "announced", "reported", "published", "filed")

// periodOverReport: "shipped 60.1 million phones in the first three months
// of 2024, giving it 20.8% of the market, IDC said on 15 April" — the
// first time after the figure at k is the date of the report ("said on
// ..."); a time before the figure is the period the figure is of.
func (c *ctx) periodOverReport(k int) string {
	last := ""
	for _, t := range c.timeList() {
		if t.b <= k {
			last = t.value
			continue
		}
		if t.a >= k {
			if c.w(t.a-1) == "on" && (speechVerb(c.w(t.a-2)) || reportWords[c.w(t.a-2)]) {
				return last
			}
			return ""
		}
	}
	return ""
}

// listSpends: the spend verb at v has a list of companies for subject
// ("Microsoft, Alphabet and Meta are spending tens of billions of dollars
// a year on data centers"): the sum is the group's, no one company's.
func (c *ctx) listSpends(v int) bool {
	subj := c.subjectBefore(v, org)
	return subj >= 0 && len(c.listAt(subj)) > 1
}
