package extract

import "github.com/cigraph/cigraph/graph"

// Supply agreements whose direction the goods tell: "Nvidia signed a
// long-term supply agreement with SK Hynix covering HBM", "Qualcomm signed
// a $4.2 billion wafer supply agreement with GlobalFoundries". Either
// side may sign "with" the other, so the party that makes such goods (a
// foundry, memory maker or packager: the chipvendor cue list) is the
// supplier, and the other buys. Two makers or none: no reading.

// supplyAgreement reads the agreement noun k; it reports whether it
// matched.
func (c *ctx) supplyAgreement(k int) bool {
	if c.w(k-1) != "supply" && c.w(k-2) != "supply" || c.hedge {
		return false
	}
	subj, other := c.dealParties(k) // rel_compute.go
	if subj < 0 || other < 0 || c.hedged(c.s.ments[subj].b, k) || c.pending(c.s.ments[subj].b, k) {
		return false
	}
	cust, sup := c.s.ments[subj].ent, c.s.ments[other].ent
	switch a, b := c.st.chipVendor(cust), c.st.chipVendor(sup); {
	case a && !b:
		cust, sup = sup, cust
	case a == b:
		return false
	}
	c.add(fact{typ: graph.CustomerOf, subj: cust, obj: sup, prod: c.productIn(k, len(c.toks)),
		amount: c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, k)), time: c.timeNear(k, 0, len(c.toks)),
		status: c.statusAt(k), confidence: 0.75})
	return true
}

// chipVendor: the organisation makes chips, wafers or memory for others
// (cue list chipvendor).
func (st *state) chipVendor(e int) bool {
	x := &st.ents[e]
	if x.lex >= 0 && st.lx.cue("chipvendor", lowerASCII(st.lx.entries[x.lex].name)) {
		return true
	}
	return st.lx.cue("chipvendor", lowerASCII(x.name))
}
