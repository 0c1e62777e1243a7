package extract

// "signed a five-year contract worth $11.9 billion with Y": the amount
// stands between the deal noun and "with", past the two-word window the
// deal frame reads.

// dealWith returns the "with" of the deal noun at k, within two words or
// after a "worth" amount (else -1), and that amount's index in c.money
// (else -1).
func (c *ctx) dealWith(k int) (int, int) {
	if with := c.skipTo(k, "with", 2); with >= 0 {
		return with, -1
	}
	if worth := c.worthBeforeWith(k); worth >= 0 {
		return c.money[worth].b, worth
	}
	return -1, -1
}

// worthBeforeWith returns the index in c.money of the amount that "worth"
// or "valued at" puts right after the deal noun at k, when "with" follows
// that amount; else -1.
func (c *ctx) worthBeforeWith(k int) int {
	at := k + 2
	switch {
	case c.w(k+1) == "worth":
	case c.w(k+1) == "valued" && c.w(k+2) == "at":
		at = k + 3
	default:
		return -1
	}
	for i, m := range c.money {
		if _, q := qualifierWords[c.w(at)]; m.a == at || m.a == at+1 && q {
			if c.w(m.b) == "with" {
				return i
			}
			return -1
		}
	}
	return -1
}

// relativeMoney: the amount m is told in a relative clause about another
// company ("The deal makes X a top shareholder, after SoftBank, which
// invested $2 billion"), so it is no figure of the deal the sentence
// opens with.
func (c *ctx) relativeMoney(m money) bool {
	for x := m.a - 1; x >= 2 && x >= m.a-6; x-- {
		if w := c.w(x); (w == "which" || w == "who") && c.w(x-1) == "," {
			return c.mentionEndingAt(x-1, orgTypes) >= 0
		}
	}
	return false
}
