package extract

import "github.com/cigraph/cigraph/graph"

// A supplier picked in the passive: "Ericsson has been picked by
// Telefonica Germany to replace Huawei in its core network", "Samsung was
// selected by Verizon to supply radios" — the one after "by" buys from the
// subject (picked reads the active "X picked Y to supply").

// pickedBy reads the frame at the pick verb k; it reports whether the verb
// was a passive one.
func (c *ctx) pickedBy(k int) bool {
	if c.w(k+1) != "by" || !passiveAuxGate.in(passiveAux, c.w(k-1)) {
		return false
	}
	buyer := c.nextMention(k+2, 2, false, org)
	if buyer < 0 || c.hedge {
		return true
	}
	b := c.s.ments[buyer].b
	if b < len(c.toks) && c.toks[b].cls&cPlace != 0 {
		b++ // "Telefonica Germany": the unit of a country
	}
	if to := c.pastTimePhrase(b); c.w(to) != "to" || !pickJobs[c.w(to+1)] { // rel_partner_as.go
		return true
	}
	sup := c.subjectBefore(k, org)
	if sup < 0 || c.hedged(c.s.ments[sup].b, k) || c.s.ments[sup].ent == c.s.ments[buyer].ent {
		return true
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[buyer].ent, obj: c.s.ments[sup].ent,
		amount: c.onceAmount(c.moneyNear(k, k, len(c.toks))), time: c.timeNear(k, 0, len(c.toks)),
		status: c.statusAt(k), confidence: 0.75})
	return true
}
