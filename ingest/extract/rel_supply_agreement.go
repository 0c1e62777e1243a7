package extract

import "github.com/cigraph/cigraph/graph"

// Supply agreements whose direction the goods tell: "Nvidia signed a
// long-term supply agreement with SK Hynix covering HBM", "Qualcomm signed
// a $4.2 billion wafer supply agreement with GlobalFoundries", "Tesla
// signed a battery supply deal with CATL". Either side may sign "with"
// the other, so the party that makes such goods (a foundry, memory maker
// or packager: the chipvendor cue list; a battery cell maker: the
// batteryvendor list) is the supplier, and the other buys. A miner or
// materials maker (materialsvendor) sits one step further up the chain:
// "LG Energy Solution signed a lithium supply deal with Albemarle" ->
// Albemarle supplies. Two parties of the same tier: no reading.

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
	amt := c.onceAmount(c.moneyNear(k, c.s.ments[subj].b, k))
	if amt == nil {
		amt = c.worthAmount(other) // rel_supply.go: "a battery supply deal with Y worth about $4.3 billion"
	}
	cust, sup := c.s.ments[subj].ent, c.s.ments[other].ent
	switch a, b := c.st.supplyTier(cust), c.st.supplyTier(sup); {
	case a > b:
		cust, sup = sup, cust
	case a == b:
		return false
	}
	c.add(fact{typ: graph.CustomerOf, subj: cust, obj: sup, prod: c.productIn(k, len(c.toks)),
		amount: amt, time: c.timeNear(k, 0, len(c.toks)),
		status: c.statusAt(k), confidence: 0.75})
	return true
}

// supplyTier: how far up a supply chain the organisation sells: 2 for a
// miner or materials maker (cue list materialsvendor), 1 for a maker of
// chips or battery cells (chipvendor, batteryvendor), 0 for anyone else.
func (st *state) supplyTier(e int) int {
	switch {
	case st.vendorCue(e, "materialsvendor"):
		return 2
	case st.vendorCue(e, "chipvendor") || st.vendorCue(e, "batteryvendor"):
		return 1
	}
	return 0
}

// vendorCue: the organisation's canonical or written name is on the cue
// list kind.
func (st *state) vendorCue(e int, kind string) bool {
	x := &st.ents[e]
	if x.lex >= 0 && st.lx.cue(kind, lowerASCII(st.lx.entries[x.lex].name)) {
		return true
	}
	return st.lx.cue(kind, lowerASCII(x.name))
}
