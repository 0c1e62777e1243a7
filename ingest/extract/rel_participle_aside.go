package extract

// "The company, founded by former Google engineers, is backed by Sequoia":
// the name inside a closed participle aside is not the subject of the
// verb after it, and when the aside hangs on no name, the verb has none.

// asideHead: when the mention j lies in a ", PARTICIPLE ... ," aside closed
// before k, the mention the aside hangs on (-1: none) and true.
func (c *ctx) asideHead(j, k int) (int, bool) {
	if j < 0 {
		return j, false
	}
	m := c.s.ments[j]
	if !c.commaBetween(m.b, k) { // rel_share_prior.go
		return j, false
	}
	for p := m.a - 1; p >= 2 && p >= m.a-8; p-- {
		if c.w(p) == "," {
			return j, false
		}
		if c.w(p-1) == "," && clauseParticiples[c.w(p)] { // rel_participle.go
			return c.mentionEndingAt(p-1, orgTypes), true
		}
	}
	return j, false
}
