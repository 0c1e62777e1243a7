package extract

import "github.com/cigraph/cigraph/graph"

// Club deals: "A consortium led by KKR and including CPP Investments will
// acquire Assura". The subject found before the verb is the last member
// named (after "including"); the leader named after "led by" buys too.

// consortiumLeaders adds an acquisition of obj for each organisation named
// after "led by" in front of the member subj ("... led by A and including
// subj"); k is the verb, amt the price, status the member's.
func (c *ctx) consortiumLeaders(subj, obj, k int, amt *graph.Amount, status string) {
	a := c.s.ments[subj].a
	if w := c.w(a - 1); w != "including" && w != "includes" {
		return
	}
	by := -1
	for x := a - 2; x >= 1 && x >= a-12; x-- {
		if c.w(x) == "by" && c.w(x-1) == "led" {
			by = x
			break
		}
	}
	if by < 0 {
		return
	}
	for _, m := range c.s.ments {
		if m.a <= by || m.b >= a || m.poss || c.typ(m) != org || m.ent == obj {
			continue
		}
		c.addCoBuyer(m.ent, obj, k, amt, status, 0.75)
	}
}

// dealJoiner: "MGX joined Silver Lake and BlackRock in a $40 billion deal
// to acquire Aligned" — the buyers list is the object of "joined", and the
// one who joined them buys too. subj is the buyer read before the verb k.
func (c *ctx) dealJoiner(subj, obj, k int, amt *graph.Amount, status string) {
	a := c.coSubjects(subj)[0].a       // coref_plural.go
	if a < 2 || !joinVerbs[c.w(a-1)] { // rel_pick.go
		return
	}
	j := c.subjectBefore(a-1, org)
	if j < 0 || c.s.ments[j].ent == obj || c.s.ments[j].ent == c.s.ments[subj].ent {
		return
	}
	c.addCoBuyer(c.s.ments[j].ent, obj, k, amt, status, 0.75)
}

// addCoBuyer adds the takeover of obj by e, one more buyer of the deal at
// the verb k, with its own copy of the price amt (coAcquirers in
// rel_more3.go, consortiumLeaders, dealJoiner).
func (c *ctx) addCoBuyer(e, obj, k int, amt *graph.Amount, status string, conf float64) {
	f := fact{typ: graph.Acquires, subj: e, obj: obj, time: c.timeNear(k, 0, len(c.toks)), status: status, confidence: conf}
	if amt != nil {
		a := *amt
		f.amount = &a
	}
	c.add(f)
}
