package extract

// "Google, which put $2 billion into Anthropic, acquired DeepMind": an
// amount inside a relative clause on the subject belongs to that clause's
// own verb, not to the main verb after it. Likewise "X bought Y in 2015,
// then sold it to Z for $5 billion": the amount after ", then" prices the
// later step.

// otherClauseMoney: the amount at a belongs to another clause than the
// verb at k.
func (c *ctx) otherClauseMoney(a, k int) bool {
	return c.inOtherRelative(a, k) || c.thenBetween(k, a)
}

// thenBetween: ", then" between the verb at k and the amount at a > k.
func (c *ctx) thenBetween(k, a int) bool {
	for j := k + 1; j+1 < a; j++ {
		if c.toks[j].low == "," && c.toks[j+1].low == "then" {
			return true
		}
	}
	return false
}

// inOtherRelative: the token at a lies in a ", which|who ... ," clause
// that closes before k.
func (c *ctx) inOtherRelative(a, k int) bool {
	if a >= k {
		return false
	}
	open := -1
	for j := a - 1; j >= 1 && j >= a-12; j-- {
		if c.toks[j].kind == tPunct {
			return false
		}
		if w := c.toks[j].low; (w == "which" || w == "who") && c.toks[j-1].low == "," {
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := a + 1; j < k; j++ {
		if c.toks[j].low == "," {
			return true
		}
	}
	return false
}
