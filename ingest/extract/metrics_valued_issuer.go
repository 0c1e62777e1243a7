package extract

// "Arm priced its IPO at $51, raising $4.87 billion for SoftBank Group and
// valuing the British chip designer at $54.5 billion": the organisation
// after "for" is who receives the proceeds (a selling shareholder), not
// the company the participle values; with no name after "valuing" the
// valued company is the sentence's subject, the issuer.

// valuingIssuer returns the sentence's opening organisation when the
// valuation's subject mention subj (or the name a description after
// "valuing" was resolved to) stands after "for" and "valuing" or "valued"
// follows it before the amount at k; else subj.
func (c *ctx) valuingIssuer(subj, k int) int {
	m := c.s.ments[subj]
	if m.ref && subj > 0 && c.s.ments[subj-1].ent == m.ent {
		m = c.s.ments[subj-1] // "valuing the company": the description took the name before it
	}
	if m.a < 2 || c.w(m.a-1) != "for" || !c.valuingBetween(m.b, k) {
		return subj
	}
	for j, o := range c.s.ments {
		if o.a >= m.a {
			break
		}
		if c.typ(o) == org && !o.poss && o.a <= 2 {
			return j
		}
	}
	return subj
}

// valuingBetween: "valuing" or "valued" between tokens a and k.
func (c *ctx) valuingBetween(a, k int) bool {
	for x := a; x < k; x++ {
		if w := c.w(x); w == "valuing" || w == "valued" {
			return true
		}
	}
	return false
}
