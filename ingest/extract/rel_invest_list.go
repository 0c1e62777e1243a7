package extract

// "Sequoia Capital, Founders Fund and Goldman Sachs bought shares in
// Stripe": each of the listed buyers invests; the amount, when one is
// given, is the total of the list and goes to none of them alone.

// addInvestList adds the investment of subj and of the organisations
// listed with it as subject.
func (c *ctx) addInvestList(subj, obj, k int) {
	co := c.coSubjects(subj)
	if len(co) < 2 {
		c.addInvest(subj, obj, k, c.moneyNear(k, k, c.s.ments[obj].b+1))
		return
	}
	for _, m := range co {
		if j := c.mentionIndex(m); j >= 0 && m.ent != c.s.ments[obj].ent {
			c.addInvest(j, obj, k, nil)
		}
	}
}

// mentionIndex returns the index of mention m in this sentence, or -1.
func (c *ctx) mentionIndex(m mention) int {
	for j := range c.s.ments {
		if c.s.ments[j].a == m.a && c.s.ments[j].ent == m.ent {
			return j
		}
	}
	return -1
}
