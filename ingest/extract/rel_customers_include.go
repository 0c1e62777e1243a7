package extract

// Customer lists without a possessive: "Snowflake said customers include
// Walmart, Toyota and Pfizer", "The company said customers include ...",
// and a sentence of its own after the company's ("Snowflake reported
// results. Customers include Walmart and Toyota."): the listed companies
// buy from the company that reports them.

// custIncludeWords follow the customer noun of a bare list.
var custIncludeWords = set("include", "includes", "included", "including")

// bareCustomers reads the bare list whose customer noun is at k and
// reports whether it did.
func (c *ctx) bareCustomers(k int) bool {
	if !custIncludeGate.in(custIncludeWords, c.w(k+1)) || c.hedge || c.w(k-1) == "its" || c.w(k-1) == "their" {
		return false
	}
	sup := c.bareListOwner(k)
	first := c.nextMention(k+2, 1, false, org)
	if sup < 0 || first < 0 {
		return false
	}
	for _, m := range c.st.listFrom(c.s, first) {
		if c.typ(m) == org && !m.ref && m.ent != sup {
			c.addCustomer(m.ent, sup, k, 0.7)
		}
	}
	return true
}

// bareListOwner returns the entity that reports the list at k: the subject of
// a reporting verb right before it ("X said customers include"), or the
// subject of the previous sentence when the list opens the sentence
// ("Customers include ...", "Key customers include ..."); -1 when none.
func (c *ctx) bareListOwner(k int) int {
	if k <= 1 && c.si > 0 && c.st.subjectList(c.si-1) == 1 {
		return c.st.sents[c.si-1].ments[0].ent
	}
	r := k - 1
	if c.w(r) == "that" {
		r--
	}
	if !reportVerbs[c.w(r)] {
		return -1
	}
	j := c.subjectBefore(r, org)
	if j < 0 || c.s.ments[j].b != r || c.hedged(c.s.ments[j].b, r) {
		return -1
	}
	return c.s.ments[j].ent
}

// countBefore steps back from h over a count of customers ("has more than
// 10,000 customers, including A and B"): a number and its qualifier.
func (c *ctx) countBefore(h int) int {
	if h < 0 || c.toks[h].kind != tNum {
		return h
	}
	h--
	for h >= 0 && countQualifiers[c.w(h)] {
		h--
	}
	return h
}

// countQualifiers stand before a count ("more than", "nearly", "some").
var countQualifiers = set("more", "than", "over", "about", "nearly", "almost", "roughly", "around", "some", "approximately", "now")
