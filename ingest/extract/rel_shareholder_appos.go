package extract

// "Magnetar, a hedge fund that has backed the company since 2021, is its
// largest outside shareholder": the company named inside the apposition's
// relative clause is the fund's investee, not the copula's subject. Read
// as the holder, it made the company a shareholder of its own investor.

// apposHolder returns the organisation whose comma-bounded apposition
// holds the holder mention and ends right before the copula cop; else
// holder.
func (c *ctx) apposHolder(holder, cop int) int {
	if holder < 1 || c.w(cop-1) != "," {
		return holder
	}
	for j := holder - 1; j >= 0; j-- {
		h := c.s.ments[j]
		if c.w(h.b) != "," {
			continue
		}
		if c.typ(h) == org && !h.poss && !c.commaBetween(h.b+1, cop-1) { // rel_share_prior.go
			return j
		}
		return holder
	}
	return holder
}
