package extract

import "github.com/cigraph/cigraph/graph"

// Capacity reservations: "Nvidia reserved more than half of TSMC's CoWoS
// capacity for 2025", "Apple has booked capacity at TSMC" — the company
// that reserves a maker's capacity buys from that maker.

// reserveVerbs reserve a supplier's output.
var reserveVerbs = set("reserved", "reserves", "reserving", "reserve", "booked", "books")

// reservedCapacity: the reserve verb at k; "capacity" within ten words,
// owned by a possessive ORG before it or named after "at"/"from".
func (c *ctx) reservedCapacity(k int) {
	capAt := -1
	for x := k + 1; x < len(c.toks) && x <= k+10; x++ {
		if c.w(x) == "capacity" {
			capAt = x
			break
		}
		if t := &c.toks[x]; t.kind == tPunct && t.low != "'s" && t.low != "-" {
			return
		}
	}
	subj := c.subjectBefore(k, org)
	if capAt < 0 || subj < 0 || c.hedge || c.hedged(c.s.ments[subj].b, k) {
		return
	}
	sup := c.nextMention(k+1, capAt-k, false, org)
	if sup < 0 || !c.s.ments[sup].poss {
		if w := c.w(capAt + 1); w == "at" || w == "from" {
			sup = c.nextMention(capAt+2, 2, false, org)
		}
	}
	if sup < 0 {
		return
	}
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[subj].ent, obj: c.s.ments[sup].ent, confidence: 0.75,
		prod: c.productIn(k, capAt), time: c.timeNear(k, 0, len(c.toks)), status: c.statusAt(k)})
}
