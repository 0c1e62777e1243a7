package extract

import "github.com/cigraph/cigraph/graph"

// "Advance Publications is Reddit's largest shareholder with about 30% of
// the shares": a shareholder holds equity in the company whose shareholder
// it is (INVESTS_IN), with the stake stated after "with". A controlling
// shareholder is a parent instead (rel_frames3.go).

// shareholderOf reads "X is Y's [largest] shareholder [with N%]" at the
// noun k and reports whether it did.
func (c *ctx) shareholderOf(k int) bool {
	if c.w(k) != "shareholder" || c.w(k-1) == "controlling" || c.w(k-1) == "majority" || c.hedge {
		return false
	}
	owner := c.possessorBefore(k, 4)
	if owner < 0 || c.typ(c.s.ments[owner]) != org {
		return false
	}
	cop := c.s.ments[owner].a - 1
	if w := c.w(cop); w != "is" && w != "was" && w != "remains" && w != "became" {
		return c.shareholderAppos(k, owner, cop) // rel_stake_events.go
	}
	holder := c.subjectBefore(cop, org)
	if holder >= 0 {
		holder = c.appositionHost(holder)   // metrics_apposition.go
		holder = c.apposHolder(holder, cop) // rel_shareholder_appos.go
	}
	if holder < 0 || c.s.ments[holder].ent == c.s.ments[owner].ent {
		return false
	}
	c.add(fact{typ: graph.InvestsIn, subj: c.s.ments[holder].ent, obj: c.s.ments[owner].ent,
		share: c.withStake(k), confidence: 0.8})
	return true
}

// withStake: "with [about] N%" right after the noun at k.
func (c *ctx) withStake(k int) *float64 { return c.pctAfter(k, "with") }

// pctAfter: the percentage one or two tokens after the preposition prep
// that follows the noun at k ("with about 30%", "a stake of 5%").
func (c *ctx) pctAfter(k int, prep string) *float64 {
	if c.w(k+1) != prep {
		return nil
	}
	for _, p := range c.pcts {
		if p.a >= k+2 && p.a <= k+3 {
			v := p.value
			return &v
		}
	}
	return nil
}
