package extract

// Two money figures that are no company total: a unit price ("an average
// selling price of $10,000 per accelerator", metric "other") and a revenue
// amount stated as a slice of another whole ("revenue of $9.78 billion
// constituted 5% of Apple's costs" is revenue from one customer, not the
// company's revenue).

// priceNouns name a price of a unit of goods.
var priceNouns = set("price", "prices", "asp", "asps")

// unitPrice: the amount is "per <unit>" and an average or selling price is
// named in the ten words before it; it returns the price noun, else -1.
func (c *ctx) unitPrice(m money) int {
	if c.w(m.b) != "per" || m.b+1 >= len(c.toks) || c.toks[m.b+1].kind != tWord {
		return -1
	}
	for x := m.a - 1; x >= 0 && x >= m.a-10; x-- {
		if w := c.w(x); priceNouns[w] {
			if w != "price" && w != "prices" || averageWords[c.w(x-1)] {
				return x
			}
			return -1
		}
	}
	return -1
}

// addUnitPrice adds the price at m as a metric "other" of the company whose
// price it is: the possessive right before the price words ("Nvidia's
// average sale price"), else the subject addMetric finds.
func (c *ctx) addUnitPrice(m money, x int) {
	n := len(c.st.metrics)
	c.addMetric("other", m.a, m.amt.Value, m.amt.Unit, m.amt.Period, m.amt.Qualifier)
	if len(c.st.metrics) == n {
		return
	}
	for _, o := range c.s.ments {
		if o.poss && o.b < x && o.b >= x-7 && c.typ(o) == org {
			c.st.metrics[n].subj = o.ent
		}
	}
}

// averageWords qualify a price as one per unit sold.
var averageWords = set("average", "selling", "sale", "sales", "unit")

// sliceVerbs state that a figure is part of a larger whole.
var sliceVerbs = set("constituted", "constitutes", "represented", "represents", "accounted", "accounts", "comprised", "made")

// partOfWhole: the amount is followed by a slice verb and a percentage of
// something ("$9.78 billion constituted 5.18% of its costs").
func (c *ctx) partOfWhole(m money) bool {
	v := m.b
	if c.w(v) == "," {
		v++
	}
	if !sliceVerbs[c.w(v)] {
		return false
	}
	for _, p := range c.pcts {
		if p.a > v && p.a <= v+4 && c.w(p.b) == "of" {
			return true
		}
	}
	return false
}

// valuedOrg: a valuation is a company's, never a product's ("valued the
// ChatGPT maker at $86 billion" read at the product inside the
// description): a product stands for its vendor where that is known.
func (c *ctx) valuedOrg(e int) int {
	if c.st.ents[e].typ != prod {
		return e
	}
	if v, ok := c.st.vendorOf(e); ok {
		return v
	}
	return e
}

// valuedObject: "an offer that valued the rocket company at $180 billion",
// "the deal values Splunk at $28 billion" — a company named between the
// verb at x and "at" is what the amount values, whatever deal noun comes
// before the verb (a deal valued at $N without an object is the deal's).
func (c *ctx) valuedObject(x int) bool {
	j := c.mentionAt(x + 1)
	if j < 0 || c.typ(c.s.ments[j]) != org {
		return false
	}
	b := c.s.ments[j].b
	return c.w(b) == "at" || c.w(b+1) == "at" && c.toks[b].cls&wQual != 0
}
