package extract

// passiveBought: "Y was bought from X in 2021 by Z for £6.8bn" names a
// sale of Y by X to Z, not Y buying from X (buyFrom's active reading).
// The buyer after "by" acquires Y (acquiredBy); a passive purchase with
// no buyer named yields nothing. It reports whether the verb at k is such
// a passive.
func (c *ctx) passiveBought(k int) bool {
	switch c.w(k - 1) {
	case "was", "were", "been", "being", "be":
	default:
		return false
	}
	if c.skipTo(k, "from", 3) < 0 {
		return false
	}
	if by := c.skipTo(k, "by", 12); by > 0 {
		if buyer := c.nextMention(by+1, 4, false, org); buyer >= 0 {
			c.acquiredBy(k, buyer) // rel_breadth.go
		}
	}
	return true
}
