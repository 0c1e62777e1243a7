package extract

// Outsourced work: "TSMC has outsourced part of the work to Amkor and to
// SPIL" — the one who outsources buys the work from each named party.

// outsourcedTo reads the frame at the verb k.
func (c *ctx) outsourcedTo(k int) {
	to := c.skipTo(k, "to", 6)
	subj := c.subjectBefore(k, org)
	if to < 0 || subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	for first := c.nextMention(to+1, 2, false, org); first >= 0; {
		l := c.listFrom(first)
		for _, m := range l {
			c.addCustomer(c.s.ments[subj].ent, m.ent, k, 0.75)
		}
		// "to Amkor and to SPIL": a second "to" right after the list
		b := l[len(l)-1].b
		first = -1
		if c.w(b) == "and" && c.w(b+1) == "to" {
			first = c.nextMention(b+2, 2, false, org)
		}
	}
}
