package extract

// Stakes paired with their holders: "Vanguard and BlackRock hold 9% and
// 7% of Moderna, respectively" — the n-th holder has the n-th stake.

// pairedStakes reads "A and B own|hold P1 and P2 of Y" at the verb k; it
// reports whether the list form matched (a fact or not).
func (c *ctx) pairedStakes(k int) bool {
	ps := c.pctRun(k + 1) // rel_shares_more.go
	if len(ps) < 2 {
		return false
	}
	last := ps[len(ps)-1]
	x := c.mentionAt(last.b + 1)
	if c.w(last.b) != "of" || x < 0 || c.s.ments[x].poss || c.typ(c.s.ments[x]) != org || c.hedge {
		return false
	}
	holders := c.subjects(k) // rel_frames4.go
	if len(holders) != len(ps) {
		return true // "A holds 9% and 7% of ...": no pairing is known
	}
	for i := range holders {
		h := c.mentionIndex(holders[i]) // rel_invest_list.go
		if h < 0 || holders[i].ent == c.s.ments[x].ent {
			return true
		}
		c.addStake(h, x, ps[i].value, k) // rel_stake_gapped.go
	}
	return true
}

// pctNext: a percentage follows the verb k, right after it or after one
// qualifier ("hold about 9% of Y"); a plural "hold" or "own" then states
// stakes.
func (c *ctx) pctNext(k int) bool {
	if len(c.pcts) == 0 || k+1 >= len(c.toks) {
		return false
	}
	_, ok := c.pctAfter1(k + 1) // rel_stake_gapped.go
	return ok
}

// eachStake: "A and B each hold 5% of Y" — every listed holder has the
// stake. It reports whether a list was read.
func (c *ctx) eachStake(k, x int, v float64) bool {
	holders := c.subjects(k - 1) // rel_frames4.go: the list before "each"
	if len(holders) < 2 {
		return false
	}
	for _, m := range holders {
		if h := c.mentionIndex(m); h >= 0 {
			c.addStake(h, x, v, k) // rel_stake_gapped.go
		}
	}
	return true
}
