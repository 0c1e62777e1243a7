package extract

import "github.com/cigraph/cigraph/graph"

// relativeDeal: the deal noun at k before the clause that made it — "the
// terms mirror similar agreements Disney struck with Charter and DirecTV",
// "the contract that Acme signed with Beta". The maker partners with each
// company after "with"; a carriage deal's distributor is the channel
// owner's customer (rel_carriage.go). It reports whether it read the noun.
func (c *ctx) relativeDeal(k int) bool {
	a := k + 1
	if c.w(a) == "that" || c.w(a) == "which" {
		a++
	}
	subj := c.mentionAt(a)
	if subj < 0 || c.typ(c.s.ments[subj]) != org || c.s.ments[subj].poss {
		return false
	}
	v := c.s.ments[subj].b
	if c.w(v) == "had" || c.w(v) == "has" || c.w(v) == "have" {
		v++ // "the deals Disney had struck with"
	}
	if !carriageFormed[c.w(v)] || c.w(v+1) != "with" {
		return false
	}
	other := c.nextMention(v+2, 1, false, org)
	if other < 0 || c.hedge || c.hedged(c.s.ments[subj].b, v) {
		return other >= 0
	}
	carriage := carriageGate.in(carriageWords, c.w(k-1)) || carriageGate.in(carriageWords, c.w(k-2))
	l := c.listFrom(other)
	t := c.timeAfter(l[len(l)-1].b, 2) // "with Charter in 2023", not "expire in 2030"
	for _, m := range l {
		if c.typ(m) == org {
			c.dealPartner(c.s.ments[subj].ent, m.ent, carriage, t)
		}
	}
	return true
}

// dealPartner adds the tie between the deal's maker ae and a party be.
func (c *ctx) dealPartner(ae, be int, carriage bool, t string) {
	if ae == be {
		return
	}
	f := fact{typ: graph.PartnersWith, subj: ae, obj: be, time: t, confidence: 0.65}
	if carriage {
		c.st.carriageTie(&f) // rel_carriage.go
	}
	c.add(f)
}
