package extract

// "Michael Intrator is CoreWeave's chief executive": a copula, the
// company's possessive and a title name the employer as plainly as
// "is its chief executive" (titleCopula reads both).

// possOrgAt returns the organisation mention whose possessive starts at
// x and the token after its "'s", or -1.
func (c *ctx) possOrgAt(x int) (int, int) {
	j := c.mentionAt(x)
	if j < 0 || !c.s.ments[j].poss || c.typ(c.s.ments[j]) != org {
		return -1, x
	}
	return j, c.s.ments[j].b + 1
}
