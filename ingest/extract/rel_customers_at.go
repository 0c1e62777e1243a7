package extract

// "Oracle and Meta are among the customers at its new Dallas facilities",
// "Microsoft is a customer at Equinix's Ashburn campus": the subjects
// are customers of the company whose sites they use, named by the
// possessive after "at" ("at its campus", "at Equinix's data centers").

// customersAt reads "SUBJ are (among the) customers at OWNER's ..." at the
// customer noun k and reports whether it added facts.
func (c *ctx) customersAt(k int) bool {
	if c.w(k+1) != "at" || c.hedge {
		return false
	}
	j := c.mentionAt(k + 2)
	if j < 0 || !c.s.ments[j].poss || c.typ(c.s.ments[j]) != org {
		return false
	}
	if !c.beBefore(k) {
		return false
	}
	subjs := c.subjects(k) // rel_frames4.go
	if len(subjs) == 0 || c.hedged(subjs[0].a, k) {
		return false
	}
	for _, m := range subjs {
		if m.ent != c.s.ments[j].ent {
			c.addCustomer(m.ent, c.s.ments[j].ent, k, 0.75)
		}
	}
	return true
}

// beBefore: a form of "be" stands within four words before k ("are among
// the customers", "is a customer").
func (c *ctx) beBefore(k int) bool {
	for x := k - 1; x >= 0 && x >= k-4; x-- {
		if w := c.w(x); copulaGate.in(copulas, w) { // rel_role.go
			return true
		}
	}
	return false
}
