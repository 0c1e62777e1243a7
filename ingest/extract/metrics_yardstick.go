package extract

// "Nvidia is now bigger than Apple by trading volume, and its market value
// topped $2.8 trillion": the company after "than" is the yardstick of a
// comparison, not the owner of the figure. A possessive reference after
// it ("its") owns the figure; without one, the subject before it does.

// notYardstick returns the mention that owns the figure at k when the
// subject found, subj, follows "than"; else subj.
func (c *ctx) notYardstick(subj, k int) int {
	m := c.s.ments[subj]
	if m.a == 0 || c.w(m.a-1) != "than" {
		return subj
	}
	for j, r := range c.s.ments {
		if r.a > m.a && r.b <= k && r.poss && r.ref {
			return j
		}
	}
	if s := c.subjectBefore(m.a-1, org, prod); s >= 0 {
		return s
	}
	return subj
}
