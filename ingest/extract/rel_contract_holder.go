package extract

import "github.com/cigraph/cigraph/graph"

// Contracts named for their buyer and moved between suppliers: "UPS won
// the U.S. Postal Service air cargo contract from rival FedEx", "FedEx
// lost the USPS contract to UPS". The organisation named before the
// contract noun is its holder, the buyer; the rival it was won from (or
// the one that lost it) is a former supplier of that buyer, never a
// customer of the winner.

// rivalMarks before a name mark it as the winner's competitor ("from
// rival FedEx", "from incumbent Oracle").
var rivalMarks = set("rival", "rivals", "competitor", "competitors", "incumbent")

// contractHolder returns the organisation (other than the party at
// party) named between a and the contract noun at con ("the U.S. Postal
// Service air cargo contract", "the Postal Service's contract"), or -1.
func (c *ctx) contractHolder(a, con, party int) int {
	for j, m := range c.s.ments {
		if m.a > a && m.b <= con && c.typ(m) == org && m.ent != c.s.ments[party].ent && !m.ref {
			return j
		}
	}
	return -1
}

// wonFromRival: "won the USPS contract from rival FedEx" (from-object obj
// after a rival mark): the holder buys from the winner subj and formerly
// bought from obj; it reports whether obj was a rival (no other reading).
func (c *ctx) wonFromRival(k, con, subj, obj int) bool {
	if !rivalMarks[c.w(c.s.ments[obj].a-1)] {
		return false
	}
	h := c.contractHolder(k, con, subj)
	if h < 0 {
		return true
	}
	t := c.timeNear(k, 0, len(c.toks))
	c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[h].ent, obj: c.s.ments[subj].ent, time: t, confidence: 0.75})
	if c.s.ments[obj].ent != c.s.ments[h].ent {
		c.add(fact{typ: graph.CustomerOf, subj: c.s.ments[h].ent, obj: c.s.ments[obj].ent,
			status: graph.StatusFormer, confidence: 0.7})
	}
	return true
}

// lostContract: "FedEx lost the USPS contract to UPS", "Mobileye lost its
// contract with Cariad" — the loser (the
// subject of a lost verb at most eight words before the contract noun at
// k) is a former supplier of the holder, and the company after "to" its
// new one; it reports whether the frame matched.
func (c *ctx) lostContract(k int) bool {
	v := -1
	for x := k - 1; x >= 0 && x >= k-8; x-- {
		if lostGate.in(lostVerbs, c.w(x)) {
			v = x
			break
		}
		if c.w(x) == "," || c.w(x) == ";" {
			break
		}
	}
	if v < 0 || c.hedge {
		return false
	}
	subj := c.subjectBefore(v, org)
	if subj < 0 || c.hedged(c.s.ments[subj].b, v) {
		return false
	}
	h := c.contractHolder(v, k, subj)
	if w := c.w(k + 1); h < 0 && (w == "with" || w == "from") {
		h = c.nextMention(k+2, 7, true, org) // "lost its contract with Volkswagen's software unit Cariad"
	}
	if h < 0 || c.s.ments[h].ent == c.s.ments[subj].ent {
		return false
	}
	holder := c.s.ments[h].ent
	c.add(fact{typ: graph.CustomerOf, subj: holder, obj: c.s.ments[subj].ent, status: graph.StatusFormer, confidence: 0.7})
	to := c.skipTo(k, "to", 1)
	if hb := c.s.ments[h].b; to < 0 && h >= 0 && c.w(hb) == "to" && hb > k {
		to = hb // "lost the contract from Stellantis to Nvidia"
	}
	if to > 0 {
		if w := c.nextMention(to+1, 2, false, org); w >= 0 && c.s.ments[w].ent != holder {
			c.add(fact{typ: graph.CustomerOf, subj: holder, obj: c.s.ments[w].ent,
				time: c.timeNear(k, 0, len(c.toks)), confidence: 0.7})
		}
	}
	return true
}
