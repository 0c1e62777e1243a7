package extract

import "github.com/cigraph/cigraph/graph"

// "Shareholders approved the carrier's sale to JetBlue for $3.8 billion",
// "the sale of Spirit to JetBlue": the company sold is acquired by the
// company it is sold to. A sale not said to be done is planned.

// saleNoun reads a takeover at the noun "sale" (k).
func (c *ctx) saleNoun(k int) {
	if c.hedge || !c.definiteSale(k) {
		return
	}
	sold, to := -1, -1
	switch c.w(k + 1) {
	case "of":
		sold = c.nextMention(k+2, 2, false, org)
		if sold >= 0 && c.w(c.s.ments[sold].b) == "to" {
			to = c.s.ments[sold].b
		}
	case "to":
		sold, to = c.possessorBefore(k, 4), k+1 // rel_frames2.go
	}
	if sold < 0 || to < 0 {
		return
	}
	buyer := c.nextMention(to+1, 2, false, org)
	if buyer < 0 || c.s.ments[buyer].ent == c.s.ments[sold].ent || c.s.ments[buyer].poss {
		return
	}
	c.add(fact{typ: graph.Acquires, subj: c.s.ments[buyer].ent, obj: c.s.ments[sold].ent,
		amount: c.onceAmount(c.moneyNear(k, k, len(c.toks))), time: c.timeNear(k, 0, len(c.toks)),
		status: c.saleStatus(k), confidence: 0.75})
}

// saleStatus: "completed the sale" is done; any other sale is planned.
func (c *ctx) saleStatus(k int) string {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch c.w(j) {
		case "completed", "closed", "completes", "finalized", "finalised", "concluded":
			return graph.StatusCurrent
		}
	}
	return graph.StatusPlanned
}

// definiteSale: "the sale", "the proposed sale", "X's sale" — an agreed
// sale; "exploring a sale", "a possible sale" is none yet.
func (c *ctx) definiteSale(k int) bool {
	d := k - 1
	switch c.w(d) {
	case "proposed", "planned", "pending", "agreed":
		d--
	}
	switch c.w(d) {
	case "the", "'s", "its", "their", "'":
		return true
	}
	return false
}
